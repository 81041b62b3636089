/** The map editor (being written). */
export function EditorPage({ mapId }: { mapId: string }) {
  return <div className="editor-loading">Opening map {mapId}…</div>;
}
