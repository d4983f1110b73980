// Shared by the fault stage's driver and its checks (infra/local/stage-faults.sh sets the env):
// the services' own addresses (no gateway, so each one can die alone), the stage's state
// directory, and psql on the stage's embedded PostgreSQL.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminToken, api } from '../client.mjs';

function required(name) {
  const value = process.env[name];
  assert.ok(value, `${name} is not set (run infra/local/stage-faults.sh)`);
  return value;
}

// BASE_URL (client.mjs, the admin login) is command-service too.
export const COMMAND_URL = required('COMMAND_URL');
export const QUERY_URL = required('QUERY_URL');
export const COMMAND_B_URL = process.env.COMMAND_B_URL;
export const QUERY_B_URL = process.env.QUERY_B_URL;
export const DATABASE_URL = required('PSQL_DATABASE_URL');
export const STATE_DIR = required('FAULTS_DIR');
const WAIT_MS = Number(process.env.FAULTS_WAIT_MS ?? 90_000);

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function readState(name) {
  return JSON.parse(readFileSync(join(STATE_DIR, `${name}.json`), 'utf8'));
}

export function writeState(name, value) {
  writeFileSync(join(STATE_DIR, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
}

/** The epoch milliseconds stage-faults.sh wrote when it reached a step of a fault (`mark`). */
export function markedAt(name) {
  return Number(readFileSync(join(STATE_DIR, `${name}.at`), 'utf8').trim());
}

/** Rows of a query as arrays of strings; `:'name'` in the SQL is bound to vars[name] by psql. */
export function sql(query, vars = {}) {
  const args = [DATABASE_URL, '-XAtq', '-F', '\t', '-v', 'ON_ERROR_STOP=1'];
  for (const [name, value] of Object.entries(vars)) args.push('-v', `${name}=${value}`);
  const out = execFileSync('psql', args, { input: query, encoding: 'utf8', maxBuffer: 64 << 20 });
  return out.split('\n').filter((line) => line.length > 0).map((line) => line.split('\t'));
}

/** Every event of the entity's records: aggregate id, sequence number, type and payload. */
export function recordEvents(entity) {
  return sql(
    `SELECT aggregate_identifier, sequence_number, payload_type, convert_from(payload, 'UTF8')
       FROM event_store.domain_event_entry
      WHERE payload_type IN ('RecordCreated', 'RecordUpdated', 'RecordDeleted', 'RecordRestored')
        AND convert_from(payload, 'UTF8')::jsonb ->> 'entityId' = :'entity'
      ORDER BY global_index`,
    { entity },
  ).map(([id, sequence, type, payload]) => ({ id, sequence: Number(sequence), type, payload: JSON.parse(payload) }));
}

/** The entity's read table in the live entity-tables schema. */
export function entityTable(entity) {
  const [[table]] = sql(`SELECT table_name FROM rm_entity_tables.entities WHERE id = :'entity'`, { entity });
  return `rm_entity_tables."${table}"`;
}

/** Row count and md5 of the sorted rows of every table of every live projection schema (rm_*). */
export function readModelChecksums() {
  const tables = sql(
    `SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
      WHERE schemaname ~ '^rm_' AND schemaname !~ '_(next|old)$' ORDER BY 1`,
  ).map(([name]) => name);
  assert.ok(tables.length > 0, 'no read-model tables');
  const query = tables
    .map((t) => `SELECT '${t}', count(*), md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) FROM ${t} r`)
    .join('\nUNION ALL ');
  return Object.fromEntries(sql(query).map(([table, count, md5]) => [table, `${count} rows, ${md5}`]));
}

export async function token() {
  return adminToken();
}

/** GET /api/admin/projections of one query-service. */
export async function projections(base) {
  const res = await api('GET', '/api/admin/projections', { token: await token(), base });
  assert.equal(res.status, 200, res.text);
  return res.body.data;
}

/** Waits until every projection of `base` is running with lag 0 (nothing is written meanwhile). */
export async function caughtUp(base) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const states = await projections(base);
    const pending = states.filter((p) => p.lag !== 0 || p.status !== 'running');
    if (pending.length === 0) return states;
    assert.ok(Date.now() < deadline, `not caught up within ${WAIT_MS} ms: ${JSON.stringify(pending)}`);
    await sleep(250);
  }
}

/**
 * Replays every projection from the event store into a fresh schema (swapped in when done) and
 * waits until each is back to lag 0. A replay starts on the replica that owns the projection.
 */
export async function replayAll(bases) {
  const names = (await projections(bases[0])).map((p) => p.name);
  const before = schemaIds();
  const started = new Set();
  for (const name of names) {
    const answers = [];
    for (const base of bases) {
      const res = await api('POST', `/api/admin/projections/${encodeURIComponent(name)}/replay`, {
        token: await token(),
        base,
      });
      answers.push(res.status);
      if (res.status === 202) {
        started.add(base);
        break;
      }
    }
    assert.ok(answers.includes(202), `no replica started a replay of ${name}: ${answers}`);
  }
  for (const base of started) await caughtUp(base);
  // A replay that gave up leaves the live schema in place: a swapped-in one is a new schema.
  const after = schemaIds();
  assert.deepEqual(Object.keys(after).sort(), Object.keys(before).sort());
  const kept = Object.keys(after).filter((schema) => after[schema] === before[schema]);
  assert.deepEqual(kept, [], 'replays that were not swapped in');
  return names;
}

function schemaIds() {
  return Object.fromEntries(
    sql(`SELECT nspname, oid::bigint FROM pg_namespace WHERE nspname ~ '^rm_' AND nspname !~ '_(next|old)$'`),
  );
}
