/**
 * A ready-to-run push for a new token (README "Metrics API"): one CSAT point for one of the map's
 * cards, by title, dated today. Single quotes around the body, with any in a title escaped for sh.
 */
export function curlExample(url: string, secret: string, cardTitle: string, today: string): string {
  const body = JSON.stringify({
    points: [{ touchpoint: cardTitle, kind: 'csat', value: 4.2, sample: 120, source: 'Survey', date: today }],
  });
  return [
    `curl -X POST ${shellQuote(url)} \\`,
    `  -H ${shellQuote(`Authorization: Bearer ${secret}`)} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${shellQuote(body)}`,
  ].join('\n');
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
