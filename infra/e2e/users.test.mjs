// Users end to end: an admin changes a role, disables and re-enables a user and resets a password;
// each takes effect on the user's existing token on both services within five seconds.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { adminToken, api, assertProblem, uniqueName } from './client.mjs';

const WITHIN_FIVE_SECONDS_MS = 7000;

async function eventually(check) {
  const deadline = Date.now() + WITHIN_FIVE_SECONDS_MS;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function login(email, password) {
  return api('POST', '/api/auth/login', { body: { email, password } });
}

describe('users through the gateway', () => {
  const password = 'first-password-1';
  let admin;
  let entity;
  let user;

  before(async () => {
    admin = await adminToken();
    entity = uniqueName('owned');
    assert.equal((await api('POST', '/api/entities', { token: admin, body: { name: entity } })).status, 201);
    const email = `${uniqueName('person')}@example.org`;
    const created = await api('POST', '/api/users', { token: admin, body: { email, password, role: 'USER' } });
    assert.equal(created.status, 201, created.text);
    const token = (await login(email, password)).body.access_token;
    user = { id: created.body.id, email, token };
  });

  test('lists users for admins, without any password or hash', async () => {
    const res = await eventually(async () => {
      const listed = await api('GET', '/api/users', { token: admin });
      assert.ok(listed.body.data.some((row) => row.id === user.id));
      return listed;
    });
    const row = res.body.data.find((candidate) => candidate.id === user.id);
    assert.deepEqual({ email: row.email, role: row.role, disabled: row.disabled }, { email: user.email, role: 'USER', disabled: false });
    assert.doesNotMatch(res.text, /password|\$2[aby]\$/i);
    assertProblem(await api('GET', '/api/users', { token: user.token }), 403, 'forbidden');
  });

  test('a new role applies to the existing token on both services', async () => {
    const changed = await api('PATCH', `/api/users/${user.id}`, { token: admin, body: { role: 'AUDITOR' } });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.role, 'AUDITOR');
    await eventually(async () => assert.equal((await api('GET', '/api/audit', { token: user.token })).status, 200));
    await eventually(async () =>
      assertProblem(await api('POST', `/api/entities/${entity}/records`, { token: user.token, body: {} }), 403, 'forbidden'),
    );
    await api('PATCH', `/api/users/${user.id}`, { token: admin, body: { role: 'USER' } });
  });

  test('a disabled user is locked out of both services, and let in again when enabled', async () => {
    assert.equal((await api('PATCH', `/api/users/${user.id}`, { token: admin, body: { disabled: true } })).status, 200);
    await eventually(async () => assertProblem(await api('GET', '/api/entities', { token: user.token }), 401, 'unauthorized'));
    await eventually(async () =>
      assertProblem(await api('POST', `/api/entities/${entity}/records`, { token: user.token, body: {} }), 401, 'unauthorized'),
    );
    assertProblem(await login(user.email, password), 401, 'unauthorized');

    assert.equal((await api('PATCH', `/api/users/${user.id}`, { token: admin, body: { disabled: false } })).status, 200);
    const again = await login(user.email, password);
    assert.equal(again.status, 200);
    await eventually(async () => assert.equal((await api('GET', '/api/entities', { token: again.body.access_token })).status, 200));
  });

  test('a reset password replaces the old one and never shows up in the audit trail', async () => {
    const fresh = 'second-password-2';
    const reset = await api('PATCH', `/api/users/${user.id}`, { token: admin, body: { password: fresh } });
    assert.equal(reset.status, 200);
    assert.doesNotMatch(reset.text, /password/i);
    assertProblem(await login(user.email, password), 401, 'unauthorized');
    assert.equal((await login(user.email, fresh)).status, 200);
    const trail = await api('GET', `/api/audit/export?format=jsonl&type=UserPasswordChanged,UserRegistered`, { token: admin });
    assert.equal(trail.status, 200);
    assert.match(trail.text, new RegExp(user.id));
    assert.doesNotMatch(trail.text, new RegExp(`${password}|${fresh}|\\$2[aby]\\$`));
  });

  test('refuses an admin locking themselves out, a short password and a user who is not there', async () => {
    const me = await api('GET', '/api/auth/me', { token: admin });
    assertProblem(await api('PATCH', `/api/users/${me.body.id}`, { token: admin, body: { disabled: true } }), 409, 'conflict');
    assertProblem(await api('PATCH', `/api/users/${user.id}`, { token: admin, body: { password: 'short' } }), 422, 'validation-failed');
    assertProblem(
      await api('PATCH', '/api/users/00000000-0000-0000-0000-000000000000', { token: admin, body: { disabled: true } }),
      404,
      'not-found',
    );
  });
});
