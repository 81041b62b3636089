/** Distinct, readable colours for people (cursors, avatars, selection rings). */
export const USER_COLORS = [
  '#e11d48',
  '#db2777',
  '#9333ea',
  '#6366f1',
  '#2563eb',
  '#0284c7',
  '#0d9488',
  '#059669',
  '#65a30d',
  '#ca8a04',
  '#ea580c',
  '#b45309',
] as const;

/** A person's colour, derived from their id so every screen agrees without storing it. */
export function userColor(userId: string): string {
  let h = 2166136261;
  for (let i = 0; i < userId.length; i++) h = Math.imul(h ^ userId.charCodeAt(i), 16777619);
  return USER_COLORS[(h >>> 0) % USER_COLORS.length] ?? USER_COLORS[0];
}
