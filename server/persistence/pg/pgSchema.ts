/**
 * The PostgreSQL schema of PgStore (issue 20), the same tables as SQLite's (`sqliteSchema.ts`,
 * `historySchema.ts`, `apiTokenSchema.ts`, `notificationsSchema.ts`) in PostgreSQL's types: times are
 * `bigint` milliseconds (read back as numbers, `pgTypes.ts`), documents `bytea`. Where SQLite breaks
 * ties on the hidden `rowid`, a table here has an explicit `ord bigserial` for the same order.
 *
 * `updates.seq` is one global bigserial shared by every process, so a doc's log is ordered across
 * processes and compaction can say "everything through seq N". `server_settings` holds what all
 * processes must agree on (the link-signing secret when JOURNEY_SECRET is unset).
 *
 * Versioned like SQLite's schema: `schema_version` holds one row; version N+1 is reached by running
 * MIGRATIONS[N+1]. The process that takes the advisory lock first creates or upgrades it.
 */
export const PG_SCHEMA_VERSION = 2;

/** Version 2: saved templates (issue 21), SQLite's `templatesSchema.ts`; no foreign key to maps. */
const PG_TEMPLATE_TABLES = `
CREATE TABLE templates (
  id             text PRIMARY KEY,
  ord            bigserial,
  name           text NOT NULL,
  summary        text NOT NULL,
  saved_by       text,
  saved_by_name  text,
  created_at     bigint NOT NULL,
  file           text NOT NULL
);
CREATE INDEX templates_by_time ON templates (created_at);
`;

/** `pg_advisory_xact_lock` key of schema creation and upgrades (any constant no one else uses). */
export const SCHEMA_LOCK_KEY = 0x6a6f7572; // "jour"

export const PG_CREATE_SCHEMA = `
CREATE TABLE maps (
  id          text PRIMARY KEY,
  title       text NOT NULL,
  created_at  bigint NOT NULL,
  updated_at  bigint NOT NULL,
  owner       text,
  deleted_at  bigint
);
CREATE INDEX maps_by_update ON maps (updated_at DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX maps_in_trash ON maps (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TABLE snapshots (
  doc_id  text PRIMARY KEY,
  map_id  text NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  data    bytea NOT NULL
);
CREATE INDEX snapshots_by_map ON snapshots (map_id);
CREATE TABLE updates (
  seq         bigserial PRIMARY KEY,
  doc_id      text NOT NULL,
  map_id      text NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  data        bytea NOT NULL,
  created_at  bigint NOT NULL
);
CREATE INDEX updates_by_doc ON updates (doc_id, seq);
CREATE INDEX updates_by_map ON updates (map_id);
CREATE TABLE share_links (
  id              text PRIMARY KEY,
  ord             bigserial,
  map_id          text NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  role            text NOT NULL CHECK (role IN ('editor', 'commenter', 'viewer')),
  created_at      bigint NOT NULL,
  expires_at      bigint,
  revoked_at      bigint,
  created_by      text,
  minted_by_link  text,
  name            text
);
CREATE INDEX share_links_by_map ON share_links (map_id, created_at);
CREATE INDEX share_links_by_minter ON share_links (minted_by_link) WHERE minted_by_link IS NOT NULL;
CREATE TABLE version_states (
  hash            text PRIMARY KEY,
  map_id          text NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  map_state       bytea NOT NULL,
  comments_state  bytea NOT NULL
);
CREATE INDEX version_states_by_map ON version_states (map_id);
CREATE TABLE versions (
  id             text PRIMARY KEY,
  ord            bigserial,
  map_id         text NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  kind           text NOT NULL CHECK (kind IN ('named', 'auto', 'safety')),
  reason         text NOT NULL,
  name           text,
  taken_at       bigint NOT NULL,
  taken_by       text,
  taken_by_name  text NOT NULL DEFAULT '',
  people         text NOT NULL DEFAULT '[]',
  added          integer NOT NULL DEFAULT 0,
  removed        integer NOT NULL DEFAULT 0,
  changed        integer NOT NULL DEFAULT 0,
  restored_from  text,
  edit_seq       bigint NOT NULL DEFAULT 0,
  state_hash     text NOT NULL REFERENCES version_states(hash)
);
CREATE INDEX versions_by_map ON versions (map_id, taken_at);
CREATE INDEX versions_by_state ON versions (state_hash);
CREATE TABLE edits (
  seq        bigserial PRIMARY KEY,
  map_id     text NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  person_id  text,
  at         bigint NOT NULL,
  data       bytea NOT NULL
);
CREATE INDEX edits_by_map ON edits (map_id, seq);
CREATE INDEX edits_by_time ON edits (map_id, at);
CREATE TABLE doc_clients (
  map_id     text NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  client_id  bigint NOT NULL,
  person_id  text NOT NULL,
  first_at   bigint NOT NULL,
  PRIMARY KEY (map_id, client_id)
);
CREATE TABLE api_tokens (
  id            text PRIMARY KEY,
  ord           bigserial,
  map_id        text NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  label         text NOT NULL,
  token_hash    text NOT NULL,
  created_by    text,
  created_at    bigint NOT NULL,
  last_used_at  bigint,
  revoked_at    bigint
);
CREATE INDEX api_tokens_by_map ON api_tokens (map_id, created_at);
CREATE TABLE notifications (
  id          text PRIMARY KEY,
  ord         bigserial,
  person_id   text NOT NULL,
  map_id      text NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('mention', 'reply', 'assigned', 'overdue')),
  text        text NOT NULL,
  actor       text,
  anchor      text NOT NULL,
  thread_id   text,
  dedupe_key  text NOT NULL UNIQUE,
  created_at  bigint NOT NULL,
  read_at     bigint,
  emailed_at  bigint
);
CREATE INDEX notifications_by_person ON notifications (person_id, created_at);
CREATE INDEX notifications_unread ON notifications (person_id) WHERE read_at IS NULL;
CREATE TABLE notification_settings (
  person_id      text PRIMARY KEY,
  email          text,
  email_enabled  boolean NOT NULL DEFAULT false,
  base_url       text,
  updated_at     bigint NOT NULL
);
CREATE TABLE server_settings (
  key    text PRIMARY KEY,
  value  text NOT NULL
);
${PG_TEMPLATE_TABLES}`;

/** Upgrades of an existing database, by the version they lead to; each runs in one transaction. */
export const PG_MIGRATIONS: Record<number, string> = {
  2: PG_TEMPLATE_TABLES,
};
