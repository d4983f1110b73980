import assert from 'node:assert/strict';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL } from './browser.mjs';

/** A small API client for setting up a journey and for acting as "someone else". */
export async function apiSession(email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
  const login = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(login.status, 200, `login as ${email}: ${login.status}`);
  const { access_token: token } = await login.json();

  /**
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   * @param {Record<string, string>} [headers]
   */
  async function call(method, path, body, headers = {}) {
    const response = await fetch(`${BASE_URL}/api${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }
  return { call, token };
}
