/**
 * Issue 20: the real Redis and PostgreSQL the scale-out tests run against, started by
 * `.ci/engines.sh` (which `.ci/run` sources). Locally, without them, those suites are skipped with
 * a message; in CI (CI=true) a missing engine fails the run instead of skipping silently.
 */
export const TEST_DATABASE_URL = process.env.JOURNEY_TEST_DATABASE_URL || undefined;
export const TEST_REDIS_URL = process.env.JOURNEY_TEST_REDIS_URL || undefined;
/** Directory of PostgreSQL's binaries (initdb, pg_ctl, postgres), for tests that start their own. */
export const TEST_PG_BIN = process.env.JOURNEY_TEST_PG_BIN || undefined;

/** True when the engines are there; false (skip) locally without them; throws in CI without them. */
export function haveEngines(...needs: ('postgres' | 'redis')[]): boolean {
  const missing = needs.filter((n) => (n === 'postgres' ? !TEST_DATABASE_URL : !TEST_REDIS_URL));
  if (missing.length === 0) return true;
  const hint = `missing ${missing.join(' and ')}: run \`source .ci/engines.sh\` first`;
  if (process.env.CI === 'true' || process.env.CI === '1') throw new Error(`CI needs the engines: ${hint}`);
  console.warn(`Skipping scale-out tests (${hint})`);
  return false;
}
