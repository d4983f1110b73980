#!/usr/bin/env node
// Helper of the test command's backup-restore and embedded-db stages (Node built-ins only), driving
// a running platform through its gateway (BASE_URL):
//   roundtrip.mjs write               a mixed history: two entities with fields of several types,
//                                     a reference between them, records, a second user
//   roundtrip.mjs snapshot FILE       what the API answers (entities, entity details with fields,
//                                     every record list and record) as one JSON file
//   roundtrip.mjs replay              replays every projection GET /api/admin/projections lists and
//                                     waits until each has caught up with the event store
//   roundtrip.mjs compare A B         exits 1 with the differences when two snapshots differ
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { adminToken, api, uniqueName } from './client.mjs';

const TIMEOUT_MS = Number(process.env.ROUNDTRIP_TIMEOUT_MS ?? 120000);

async function ok(method, path, token, body, expected = [200, 201, 202, 204]) {
  const res = await api(method, path, { token, body });
  assert.ok(expected.includes(res.status), `${method} ${path}: ${res.status} ${res.text}`);
  return res;
}

async function write() {
  const token = await adminToken();
  const customers = (await ok('POST', '/api/entities', token, { name: uniqueName('customers') })).body.id;
  for (const spec of [
    { name: 'name', type: 'TEXT', required: true },
    { name: 'email', type: 'EMAIL', unique: true },
    { name: 'vip', type: 'BOOLEAN' },
  ]) {
    await ok('POST', `/api/entities/${customers}/fields`, token, spec);
  }
  const orders = (await ok('POST', '/api/entities', token, { name: uniqueName('orders'), displayName: 'Orders' })).body.id;
  for (const spec of [
    { name: 'qty', type: 'INTEGER', min: 1 },
    { name: 'price', type: 'DECIMAL' },
    { name: 'due', type: 'DATE' },
    { name: 'status', type: 'ENUM', options: ['new', 'paid'] },
    { name: 'customer', type: 'REFERENCE', reference: customers },
    { name: 'meta', type: 'JSON' },
  ]) {
    await ok('POST', `/api/entities/${orders}/fields`, token, spec);
  }
  let position = 0;
  for (let i = 0; i < 5; i += 1) {
    const customer = await ok('POST', `/api/entities/${customers}/records`, token, {
      name: `Customer ${i}`, email: `c${i}.${Date.now()}@example.org`, vip: i % 2 === 0,
    });
    for (let j = 0; j < 3; j += 1) {
      const order = await ok('POST', `/api/entities/${orders}/records`, token, {
        qty: i + j + 1, price: `${i}.${j}5`, due: `2026-0${j + 1}-1${i}`, status: j ? 'paid' : 'new',
        customer: customer.body.id, meta: { tags: [i, j], note: 'ünïcode ✓' },
      });
      position = Math.max(position, Number(order.headers.get('x-position')));
    }
  }
  await ok('POST', '/api/users', token, { email: `auditor.${Date.now()}@example.org`, password: 'auditor-pass-1', role: 'AUDITOR' });
  console.log(`wrote 2 entities, 9 fields, 20 records, 1 user (last position ${position})`);
}

async function snapshot(file) {
  const token = await adminToken();
  const get = async (path) => (await ok('GET', path, token)).body;
  const entities = await get('/api/entities');
  const result = { entities, details: {}, records: {} };
  for (const entity of entities.data) {
    result.details[entity.id] = await get(`/api/entities/${entity.id}`);
    const list = await get(`/api/entities/${entity.id}/records?limit=1000`);
    result.records[entity.id] = { list, one: {} };
    for (const record of list.data) {
      result.records[entity.id].one[record.id] = await get(`/api/entities/${entity.id}/records/${record.id}`);
    }
  }
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  const count = Object.values(result.records).reduce((n, r) => n + r.list.data.length, 0);
  console.log(`snapshot ${file}: ${entities.data.length} entities, ${count} records`);
}

async function replay() {
  const token = await adminToken();
  const listed = (await ok('GET', '/api/admin/projections', token)).body.data;
  const names = listed.map((p) => p.name);
  const target = Math.max(...listed.map((p) => p.position + p.lag));
  assert.ok(names.length > 0, 'GET /api/admin/projections lists no projection');
  for (const name of names) await ok('POST', `/api/admin/projections/${encodeURIComponent(name)}/replay`, token);
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const states = (await ok('GET', '/api/admin/projections', token)).body.data;
    const pending = states.filter((p) => names.includes(p.name) && (p.lag !== 0 || p.position < target || /replay/i.test(String(p.status))),
    );
    if (pending.length === 0) break;
    assert.ok(Date.now() < deadline, `replay not done within ${TIMEOUT_MS} ms: ${JSON.stringify(pending)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`replayed ${names.join(', ')}`);
}

function compare(a, b) {
  const left = JSON.parse(readFileSync(a, 'utf8'));
  const right = JSON.parse(readFileSync(b, 'utf8'));
  try {
    assert.deepStrictEqual(right, left);
    console.log(`${a} and ${b} are the same`);
  } catch (error) {
    console.error(`the API answers differently after the restore:\n${error.message}`);
    process.exit(1);
  }
}

const [command, ...args] = process.argv.slice(2);
const commands = { write, snapshot, replay, compare };
if (!commands[command]) {
  console.error('usage: roundtrip.mjs write | snapshot FILE | replay | compare A B');
  process.exit(2);
}
await commands[command](...args);
