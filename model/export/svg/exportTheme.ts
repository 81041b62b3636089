/**
 * The export's colours: the canvas's design tokens (client/styles/tokens.css, cards.css, grid.css)
 * restated here because model/ cannot read CSS, so a deck image looks like the map people edited.
 * Channel and emotion colours are not repeated: they come from model/records.
 */
export const THEME = {
  text: '#1b2233',
  muted: '#5b6579',
  faint: '#8a93a6',
  border: '#e2e6ef',
  borderStrong: '#cbd2e1',
  surface: '#ffffff',
  bandOdd: '#fafbfd',
  laneHeader: '#f3f5fa',
  accent: '#4f46e5',
  hub: '#c2410c',
  hubSoft: '#fff4ec',
  stageTop: '#eef0ff',
  stageBottom: '#e6e9fb',
  stageBorder: '#d5daf5',
  stageText: '#312e81',
  stageIndex: '#8b8fd6',
  missingOwner: '#b54708',
  connection: '#94a3b8',
  arrow: '#64748b',
  shadow: '#101828',
  gridline: '#eef0f5',
  zeroLine: '#d5dae5',
  tagText: '#166534',
  tagFill: '#c9ecd4',
} as const;

/** Ids of shared <defs>; prefixed so an SVG pasted inline into another page cannot clash. */
export const DEF_IDS = {
  hubFill: 'jx-hub-fill',
  stageFill: 'jx-stage-fill',
  arrow: 'jx-arrow',
  arrowHub: 'jx-arrow-hub',
  legendGradient: 'jx-legend-emotion',
} as const;
