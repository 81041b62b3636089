/** The right-hand panel (being written): edits the selection, else shows the legend. */
export function SidePanel() {
  return <aside className="side-panel" />;
}
