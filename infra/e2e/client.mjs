// A tiny HTTP client for the end-to-end tests: Node 20 built-ins only (global fetch).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

export const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8000').replace(/\/+$/, '');
export const ADMIN_EMAIL = process.env.ADMIN_EMAIL ?? 'admin@metabuilder.local';
export const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD ?? 'admin-password';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A name that matches ^[a-z][a-z0-9_]{0,62}$ and is unique per run. */
export function uniqueName(prefix) {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

/**
 * Sends one request through the gateway (or to `base`, a service's own address). `body` is sent as
 * JSON unless it is a string or Buffer; `signal` aborts it. Returns {status, headers, body, text};
 * body is parsed when the response is JSON of any kind.
 */
export async function api(method, path, { token, body, headers = {}, base = BASE_URL, signal } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, signal };
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    const raw = typeof body === 'string' || Buffer.isBuffer(body);
    init.body = raw ? body : JSON.stringify(body);
    init.headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  let parsed;
  if (/^application\/([a-z.-]+\+)?json/.test(type) && text.length > 0) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed, text };
}

let cachedToken;

export async function adminToken() {
  if (!cachedToken) {
    const res = await api('POST', '/api/auth/login', {
      body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    });
    assert.equal(res.status, 200, `admin login failed: ${res.status} ${res.text}`);
    cachedToken = res.body.access_token;
  }
  return cachedToken;
}

/** Asserts an RFC 9457 problem response with the given status. */
export function assertProblem(res, status, typeName) {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${res.text}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(res.body.status, status);
  assert.equal(typeof res.body.title, 'string');
  if (typeName) assert.equal(res.body.type, `https://metabuilder.dev/problems/${typeName}`);
  assert.doesNotMatch(res.text, /Exception\b|\bat (io|org|java|jdk)\.|\bSELECT |\bINSERT INTO /);
}

/** The X-Position header of a response as a number (asserting it is there). */
export function positionOf(res) {
  const header = res.headers.get('x-position');
  assert.match(header ?? '', /^\d+$/, `X-Position missing or malformed: ${header}`);
  return Number(header);
}
