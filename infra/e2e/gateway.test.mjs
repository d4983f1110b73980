// The gateway's own behaviour: health, routing basics, request ids, its own problem+json errors.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ADMIN_EMAIL, BASE_URL, adminToken, api, assertProblem } from './client.mjs';

describe('gateway', () => {
  test('health endpoints answer UP through the gateway', async () => {
    for (const path of ['/health', '/health/ready', '/health/live']) {
      const res = await api('GET', path);
      assert.equal(res.status, 200, `${path}: ${res.text}`);
      assert.match(res.headers.get('content-type') ?? '', /json/);
      assert.equal(res.body.status, 'UP', path);
    }
  });

  test('metrics are not exposed through the gateway', async () => {
    const res = await api('GET', '/metrics');
    assertProblem(res, 404);
  });

  test('version is public', async () => {
    const res = await api('GET', '/api/version');
    assert.equal(res.status, 200, res.text);
    for (const key of ['version', 'commit', 'environment']) assert.ok(key in res.body, key);
  });

  test('the web app is served at / with a fallback for client-side routes', async () => {
    for (const path of ['/', '/entities/some/route']) {
      const response = await fetch(`${BASE_URL}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await response.text(), /<html/i);
    }
  });

  test('X-Request-ID is echoed on reads, writes and gateway answers, and generated when absent', async () => {
    const token = await adminToken();
    const id = `e2e-${Date.now()}`;
    const read = await api('GET', '/api/entities', { token, headers: { 'X-Request-ID': `${id}-r` } });
    assert.equal(read.status, 200, read.text);
    assert.equal(read.headers.get('x-request-id'), `${id}-r`);
    const write = await api('POST', '/api/entities', {
      token,
      body: { name: 'Not A Valid Name' },
      headers: { 'X-Request-ID': `${id}-w` },
    });
    assert.equal(write.headers.get('x-request-id'), `${id}-w`);
    const health = await api('GET', '/health/live', { headers: { 'X-Request-ID': `${id}-h` } });
    assert.equal(health.headers.get('x-request-id'), `${id}-h`);
    const generated = await api('GET', '/api/entities', { token });
    assert.ok((generated.headers.get('x-request-id') ?? '').length >= 8);
  });

  test('a body over 1 MiB gets the gateway problem 413', async () => {
    const token = await adminToken();
    const big = JSON.stringify({ name: 'x'.repeat(1100 * 1024) });
    const res = await api('POST', '/api/entities', { token, body: big });
    assertProblem(res, 413, 'payload-too-large');
  });

  test('login with a wrong password is a 401 problem', async () => {
    const res = await api('POST', '/api/auth/login', {
      body: { email: ADMIN_EMAIL, password: 'definitely-not-the-password' },
    });
    assertProblem(res, 401);
    assert.equal(res.body.access_token, undefined);
  });

  test('login returns a bearer token; /api/auth/me knows the admin', async () => {
    const token = await adminToken();
    const me = await api('GET', '/api/auth/me', { token });
    assert.equal(me.status, 200, me.text);
    assert.equal(me.body.email, ADMIN_EMAIL);
    assert.equal(me.body.role, 'ADMIN');
  });

  test('requests without a token are 401 problems, reads and writes alike', async () => {
    assertProblem(await api('GET', '/api/entities'), 401);
    assertProblem(await api('POST', '/api/entities', { body: { name: 'nobody_here' } }), 401);
    assertProblem(await api('GET', '/api/entities', { token: 'not.a.jwt' }), 401);
  });

  test('a malformed X-Min-Position is a 400 problem', async () => {
    const token = await adminToken();
    const res = await api('GET', '/api/entities', { token, headers: { 'X-Min-Position': 'soon' } });
    assertProblem(res, 400);
  });
});
