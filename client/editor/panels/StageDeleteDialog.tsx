/** Asks what happens to a stage's touchpoints before deleting it (being written). */
export function StageDeleteDialog() {
  return null;
}
