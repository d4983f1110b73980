// The audit trail end to end: what an admin does through the gateway, an auditor reads back, with
// who, from which request, and nothing secret in it.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ADMIN_EMAIL, adminToken, api, assertProblem, positionOf, uniqueName } from './client.mjs';

async function login(email, password) {
  const res = await api('POST', '/api/auth/login', { body: { email, password } });
  assert.equal(res.status, 200, res.text);
  return res.body.access_token;
}

describe('the audit trail through the gateway', () => {
  const password = 'auditor-secret-pass';
  const requestId = `audit-e2e-${Date.now()}`;
  let admin;
  let auditor;
  let user;
  let entity;
  let record;
  let last;

  before(async () => {
    admin = await adminToken();
    const auditorEmail = `${uniqueName('auditor')}@example.org`;
    const userEmail = `${uniqueName('user')}@example.org`;
    assert.equal((await api('POST', '/api/users', { token: admin, body: { email: auditorEmail, password, role: 'AUDITOR' } })).status, 201);
    assert.equal((await api('POST', '/api/users', { token: admin, body: { email: userEmail, password, role: 'USER' } })).status, 201);
    auditor = await login(auditorEmail, password);
    user = await login(userEmail, password);
    const name = uniqueName('audited');
    entity = await api('POST', '/api/entities', { token: admin, body: { name } });
    assert.equal(entity.status, 201, entity.text);
    await api('POST', `/api/entities/${name}/fields`, { token: admin, body: { name: 'title', type: 'TEXT' } });
    record = await api('POST', `/api/entities/${name}/records`, {
      token: admin,
      body: { title: 'first' },
      headers: { 'X-Request-ID': requestId },
    });
    assert.equal(record.status, 201, record.text);
    last = positionOf(record);
  });

  test('shows an auditor every change to an entity, newest first, with who and from which request', async () => {
    const res = await api('GET', `/api/audit?entity=${entity.body.name}`, {
      token: auditor,
      headers: { 'X-Min-Position': String(last) },
    });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body.data.map((row) => row.eventType), ['RecordCreated', 'FieldAdded', 'EntityDefined']);
    const [created] = res.body.data;
    assert.equal(created.position, last);
    assert.equal(created.aggregateId, record.body.id);
    assert.equal(created.entityId, entity.body.id);
    assert.equal(created.user.email, ADMIN_EMAIL);
    assert.equal(created.role, 'ADMIN');
    assert.equal(created.requestId, requestId);
    assert.match(created.summary, /^Created record /);
    assert.ok(created.clientAddress, 'the client address is recorded');
  });

  test('exports the same rows as CSV and JSON lines', async () => {
    const query = `entity=${entity.body.id}`;
    const jsonl = await api('GET', `/api/audit/export?format=jsonl&${query}`, { token: auditor });
    assert.equal(jsonl.status, 200);
    assert.match(jsonl.headers.get('content-type'), /^application\/x-ndjson/);
    const rows = jsonl.text.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(rows.map((row) => row.eventType), ['RecordCreated', 'FieldAdded', 'EntityDefined']);
    const csv = await api('GET', `/api/audit/export?format=csv&${query}`, { token: auditor });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type'), /^text\/csv/);
    const lines = csv.text.trim().split(/\r?\n/);
    assert.equal(lines[0], 'position,timestamp,eventType,aggregateType,aggregateId,entityId,user,role,clientAddress,requestId,summary,payload');
    assert.equal(lines.length, 4);
  });

  test('holds no password anywhere, whoever registered whom', async () => {
    const res = await api('GET', '/api/audit/export?format=jsonl&type=UserRegistered', { token: auditor });
    assert.equal(res.status, 200);
    assert.ok(res.text.length > 0);
    assert.doesNotMatch(res.text, new RegExp(password));
    assert.doesNotMatch(res.text, /\$2[aby]\$/);
  });

  test('is closed to users and to anonymous callers, with problem+json', async () => {
    assertProblem(await api('GET', '/api/audit', { token: user }), 403, 'forbidden');
    assertProblem(await api('GET', '/api/audit/export', { token: user }), 403, 'forbidden');
    assertProblem(await api('GET', '/api/audit'), 401, 'unauthorized');
    assertProblem(await api('GET', '/api/audit?type=Nope', { token: auditor }), 400, 'bad-request');
  });
});
