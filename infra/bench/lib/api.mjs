// The gateway as the benchmark uses it: one admin token, JSON or raw bodies, loopback only.
const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8000').replace(/\/+$/, '');
const EMAIL = process.env.ADMIN_EMAIL ?? 'admin@metabuilder.local';
const PASSWORD = process.env.ADMIN_PASSWORD ?? 'admin-password';

if (!/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(BASE_URL)) {
  throw new Error(`BASE_URL must be a loopback address, got ${BASE_URL}`);
}

export { BASE_URL };

let token;

const LOGIN = '/api/auth/login';

/**
 * One request; a string body is sent as is (with its Content-Type header), anything else as JSON.
 * A 401 logs in again and retries once: a token lasts 30 minutes, a large import may take longer.
 */
export async function call(method, path, body, headers = {}) {
  const res = await send(method, path, body, headers);
  if (res.status !== 401 || path === LOGIN) return res;
  await logIn();
  return send(method, path, body, headers);
}

async function send(method, path, body, headers) {
  const raw = typeof body === 'string';
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      ...(body === undefined || raw ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined || raw ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const json = /json/.test(res.headers.get('content-type') ?? '') && text ? JSON.parse(text) : undefined;
  return { status: res.status, headers: res.headers, body: json, text };
}

/** The raw response of a GET, for a body to read as a stream. */
export function open(path) {
  return fetch(`${BASE_URL}${path}`, { headers: { Authorization: `Bearer ${token}` } });
}

export async function must(method, path, body, expected, headers) {
  const res = await call(method, path, body, headers);
  if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${res.text.slice(0, 500)}`);
  return res.body;
}

export async function logIn() {
  token = (await must('POST', LOGIN, { email: EMAIL, password: PASSWORD }, 200)).access_token;
}

/** Defines an entity with these fields; answers its id, table name and columns (f_<hex>) by field name. */
export async function defineEntity(name, fields) {
  const entity = await must('POST', '/api/entities', { name }, 201);
  let position = entity.position;
  for (const spec of fields) position = (await must('POST', `/api/entities/${entity.id}/fields`, spec, 201)).position;
  return describeEntity(entity.id, position);
}

/** The entity as the query side knows it once it has processed `position` (the last schema change's). */
export async function describeEntity(id, position) {
  const headers = position ? { 'X-Min-Position': String(position) } : {};
  const entity = await must('GET', `/api/entities/${id}`, undefined, 200, headers);
  const live = entity.fields.filter((field) => !field.removed);
  return {
    id: entity.id,
    name: entity.name,
    table: entity.tableName,
    fields: live.map((field) => field.name),
    columns: Object.fromEntries(live.map((field) => [field.name, `f_${field.id.replaceAll('-', '')}`])),
  };
}

export async function listEntities() {
  return (await must('GET', '/api/entities', undefined, 200)).data;
}

/** Waits until the query side has processed `position` (X-Min-Position waits at most 5 s, so retry 503s). */
export async function awaitPosition(entityId, position, timeoutMs = 3_600_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await call('GET', `/api/entities/${entityId}/records?limit=1`, undefined, {
      'X-Min-Position': String(position),
    });
    if (res.status === 200) return;
    if (res.status !== 503) throw new Error(`waiting for position ${position}: ${res.status} ${res.text}`);
  }
  throw new Error(`the read model did not reach position ${position} within ${timeoutMs / 1000} s`);
}
