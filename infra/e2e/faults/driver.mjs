#!/usr/bin/env node
// The actions of the fault stage (infra/local/stage-faults.sh runs them between its faults; the
// *.test.mjs next to this file check what they recorded):
//   driver.mjs setup              an entity with a unique code, a number and one field per writer
//   driver.mjs load NAME          FAULTS_CLIENTS (12) clients create records until NAME.stop exists;
//                                 every answer is recorded in NAME.json (201s with id and position)
//   driver.mjs health NAME UP|DOWN  polls both services' /health/ready until each has answered
//                                 200 (UP) or 503 with status DOWN; records the answers in NAME.json
//   driver.mjs updates            records updated by writers through both command-service replicas,
//                                 each reading its write back through a query-service replica
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { api, uniqueName } from '../client.mjs';
import {
  COMMAND_B_URL,
  COMMAND_URL,
  QUERY_B_URL,
  QUERY_URL,
  STATE_DIR,
  readState,
  sleep,
  token,
  writeState,
} from './lib.mjs';

const WRITERS = 8;
const CLIENTS = Number(process.env.FAULTS_CLIENTS ?? 12);
const LOAD_MAX_MS = Number(process.env.FAULTS_LOAD_MAX_MS ?? 120_000);
const REQUEST_TIMEOUT_MS = Number(process.env.FAULTS_REQUEST_TIMEOUT_MS ?? 40_000);
const RECORDS = 6;
const ROUNDS = 12;

async function ok(method, path, options, expected = [200, 201]) {
  const res = await api(method, path, { token: await token(), base: COMMAND_URL, ...options });
  if (!expected.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
  return res;
}

async function setup() {
  const entity = (await ok('POST', '/api/entities', { body: { name: uniqueName('faults') } })).body.id;
  const fields = [
    { name: 'code', type: 'TEXT', unique: true, required: true },
    { name: 'n', type: 'INTEGER' },
    ...Array.from({ length: WRITERS }, (_, w) => ({ name: `w${w}`, type: 'INTEGER' })),
  ];
  for (const field of fields) await ok('POST', `/api/entities/${entity}/fields`, { body: field });
  writeState('setup', { entity });
  console.log(`entity ${entity} with ${fields.length} fields`);
}

/** Why a request got no answer: the socket error's code (ECONNREFUSED, ECONNRESET…) or the abort. */
function reason(error) {
  return error.cause?.code ?? error.cause?.name ?? error.name;
}

async function load(name) {
  const { entity } = readState('setup');
  const bearer = await token();
  const stop = join(STATE_DIR, `${name}.stop`);
  const deadline = Date.now() + LOAD_MAX_MS;
  const acked = [];
  const failures = {};
  const fail = (kind) => {
    failures[kind] = (failures[kind] ?? 0) + 1;
    return sleep(100);
  };
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; !existsSync(stop) && Date.now() < deadline; n++) {
        const code = `${name}-${client}-${n}`;
        try {
          const res = await api('POST', `/api/entities/${entity}/records`, {
            token: bearer,
            base: COMMAND_URL,
            body: { code, n },
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          });
          if (res.status === 201) {
            acked.push({ id: res.body.id, code, n, position: Number(res.headers.get('x-position')), at: Date.now() });
          } else {
            await fail(`HTTP ${res.status}`);
          }
        } catch (error) {
          await fail(reason(error));
        }
      }
    }),
  );
  writeState(name, { acked, failures, timedOut: !existsSync(stop) });
  console.log(`${name}: ${acked.length} writes acknowledged, not acknowledged: ${JSON.stringify(failures)}`);
}

async function readiness(base) {
  const started = Date.now();
  try {
    const res = await api('GET', '/health/ready', { base, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    return { status: res.status, body: res.body?.status, ms: Date.now() - started };
  } catch (error) {
    return { error: reason(error), ms: Date.now() - started };
  }
}

async function health(name, wanted) {
  const deadline = Date.now() + LOAD_MAX_MS;
  const answered = (a) => (wanted === 'UP' ? a.status === 200 : a.status === 503 && a.body === 'DOWN');
  const services = { 'command-service': COMMAND_URL, 'query-service': QUERY_URL };
  const result = {};
  await Promise.all(
    Object.entries(services).map(async ([service, base]) => {
      const seen = [];
      for (;;) {
        const answer = await readiness(base);
        seen.push(answer);
        if (answered(answer) || Date.now() > deadline) break;
        await sleep(200);
      }
      result[service] = { last: seen.at(-1), answers: seen.length, seen: seen.slice(-5) };
    }),
  );
  writeState(name, result);
  console.log(`${name}: ${JSON.stringify(Object.fromEntries(Object.entries(result).map(([s, r]) => [s, r.last])))}`);
}

/**
 * Writer w owns field w<w> and sets it to 0, 1, … on every record in turn, through command-service
 * A (even w) or B (odd w), so all writers race for the same aggregates on both replicas. After each
 * acknowledged write it reads the record through query-service A or B with X-Min-Position.
 */
async function updates() {
  const { entity } = readState('setup');
  const bearer = await token();
  const records = [];
  for (let r = 0; r < RECORDS; r++) {
    const res = await ok('POST', `/api/entities/${entity}/records`, { body: { code: uniqueName(`replica${r}`) } });
    records.push({ id: res.body.id, code: res.body.code });
  }
  const writes = [];
  const reads = [];
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      const command = w % 2 === 0 ? COMMAND_URL : COMMAND_B_URL;
      const query = w % 4 < 2 ? QUERY_URL : QUERY_B_URL;
      for (let round = 0; round < ROUNDS; round++) {
        for (let k = 0; k < RECORDS; k++) {
          const record = records[(k + w) % RECORDS];
          const path = `/api/entities/${entity}/records/${record.id}`;
          const res = await api('PATCH', path, { token: bearer, base: command, body: { [`w${w}`]: round } });
          const position = Number(res.headers.get('x-position'));
          writes.push({ record: record.id, writer: w, round, status: res.status, version: res.body?.version, position });
          if (res.status !== 200) continue;
          const read = await api('GET', path, {
            token: bearer,
            base: query,
            headers: { 'X-Min-Position': String(position) },
          });
          reads.push({ record: record.id, writer: w, round, status: read.status, value: read.body?.[`w${w}`], query });
        }
      }
    }),
  );
  writeState('replicas', { entity, records, writers: WRITERS, rounds: ROUNDS, writes, reads });
  const failed = writes.filter((write) => write.status !== 200).length;
  console.log(`replicas: ${writes.length} updates (${failed} not acknowledged), ${reads.length} reads`);
}

const [command, ...args] = process.argv.slice(2);
const commands = { setup, load, health, updates };
if (!commands[command]) {
  console.error('usage: driver.mjs setup | load NAME | health NAME UP|DOWN | updates');
  process.exit(2);
}
await commands[command](...args);
