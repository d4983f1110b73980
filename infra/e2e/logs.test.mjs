// The log format of the infrastructure specification, read from the real log files of the running
// platform (LOG_DIR, set by test.sh to the platform's RUN_DIR/logs): one JSON object per line with
// timestamp (ISO-8601 UTC), level, message, request_id, method, path, status_code, duration_ms.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { adminToken, api, uniqueName } from './client.mjs';

const LOG_DIR = process.env.LOG_DIR;
const LEVELS = ['ERROR', 'WARNING', 'WARN', 'INFO', 'DEBUG'];
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** Waits for the request line of `requestId` in the log file and returns it, parsed. */
async function requestLine(file, requestId) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const lines = readFileSync(join(LOG_DIR, file), 'utf8').split('\n').filter((l) => l.includes(requestId));
    for (const line of lines) {
      const entry = JSON.parse(line); // every line that carries the id must be one JSON object
      if ('status_code' in entry) return entry;
    }
    assert.ok(Date.now() < deadline, `no request line with request_id ${requestId} in ${file}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function assertSeedFields(entry, { requestId, method, path, status }) {
  assert.match(entry.timestamp, TIMESTAMP, `timestamp ${entry.timestamp} is not ISO-8601 UTC`);
  assert.ok(Math.abs(Date.parse(entry.timestamp) - Date.now()) < 120000, 'timestamp is not now');
  assert.ok(LEVELS.includes(entry.level), `level ${entry.level}`);
  assert.equal(typeof entry.message, 'string');
  assert.ok(entry.message.length > 0);
  assert.equal(entry.request_id, requestId);
  assert.equal(entry.method, method);
  assert.equal(entry.path, path);
  assert.equal(entry.status_code, status);
  assert.ok(Number.isInteger(entry.duration_ms) && entry.duration_ms >= 0, `duration_ms ${entry.duration_ms}`);
}

describe('JSON log lines with the fields of the specification', { skip: !LOG_DIR && 'LOG_DIR not set' }, () => {
  test('command-service logs a write with every field', async () => {
    const token = await adminToken();
    const requestId = `log-command-${randomUUID()}`;
    const res = await api('POST', '/api/entities', { token, body: { name: uniqueName('logged') }, headers: { 'X-Request-ID': requestId } });
    assert.equal(res.status, 201);
    const entry = await requestLine('command-service.log', requestId);
    assertSeedFields(entry, { requestId, method: 'POST', path: '/api/entities', status: 201 });
    assert.equal(entry.level, 'INFO');
  });

  test('query-service logs a read with every field, a refused one as a warning', async () => {
    const token = await adminToken();
    const requestId = `log-query-${randomUUID()}`;
    const res = await api('GET', '/api/entities', { token, headers: { 'X-Request-ID': requestId } });
    assert.equal(res.status, 200);
    assertSeedFields(await requestLine('query-service.log', requestId), { requestId, method: 'GET', path: '/api/entities', status: 200 });

    const refusedId = `log-query-401-${randomUUID()}`;
    assert.equal((await api('GET', '/api/entities', { headers: { 'X-Request-ID': refusedId } })).status, 401);
    const refused = await requestLine('query-service.log', refusedId);
    assertSeedFields(refused, { requestId: refusedId, method: 'GET', path: '/api/entities', status: 401 });
  });

  test('the gateway logs every request with the same fields', async () => {
    const requestId = `log-gateway-${randomUUID()}`;
    const res = await api('GET', '/api/version?probe=1', { headers: { 'X-Request-ID': requestId } });
    assert.equal(res.status, 200);
    const entry = await requestLine('gateway.log', requestId);
    assertSeedFields(entry, { requestId, method: 'GET', path: '/api/version', status: 200 });
    assert.equal(entry.level, 'INFO');
  });
  test('no log line of any process carries a password or a password hash', async () => {
    const token = await adminToken();
    const first = `first-${randomUUID()}`;
    const second = `second-${randomUUID()}`;
    const email = `${uniqueName('secret')}@example.com`;
    const created = await api('POST', '/api/users', { token, body: { email, password: first, role: 'USER' } });
    assert.equal(created.status, 201, created.text);
    assert.equal((await api('POST', '/api/auth/login', { body: { email, password: first } })).status, 200);
    assert.equal((await api('POST', '/api/auth/login', { body: { email, password: 'wrong-one-' + first } })).status, 401);
    const changed = await api('PATCH', `/api/users/${created.body.id}`, { token, body: { password: second } });
    assert.equal(changed.status, 200, changed.text);
    assert.doesNotMatch(created.text + changed.text, /password|\$2[aby]\$/i, 'responses');
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const file of ['command-service.log', 'query-service.log', 'gateway.log']) {
      const log = readFileSync(join(LOG_DIR, file), 'utf8');
      for (const secret of [first, second, process.env.ADMIN_PASSWORD ?? 'admin-password']) {
        assert.ok(!log.includes(secret), `${file} carries a password`);
      }
      assert.doesNotMatch(log, /\$2[aby]\$\d\d\$/, `${file} carries a bcrypt hash`);
    }
  });
});
