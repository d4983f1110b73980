// Hostile input through the gateway: odd ids, encoded traversal, invalid UTF-8, huge numbers, deep
// JSON, wrong content types and oversized bodies get a 4xx problem+json (never HTML, never a stack
// trace or SQL), and none of them changes anything: the entity's audit trail holds only what the
// setup wrote.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { before, describe, test } from 'node:test';
import { BASE_URL, adminToken, api, assertProblem, positionOf, uniqueName } from './client.mjs';

/**
 * One request with the path exactly as given: fetch() would resolve dot segments and re-encode
 * the path before sending it, which is what an attacker's client does not do.
 */
function raw(method, path, { token, headers = {}, body } = {}) {
  const url = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const type = response.headers['content-type'] ?? '';
          resolve({
            status: response.statusCode,
            headers: new Headers(Object.entries(response.headers).map(([k, v]) => [k, String(v)])),
            body: /json/.test(type) && text ? JSON.parse(text) : undefined,
            text,
          });
        });
      },
    );
    request.on('error', reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}

/** A 4xx problem+json that names no internals. */
function assertRefused(res, statuses, what) {
  assert.ok(statuses.includes(res.status), `${what}: expected one of ${statuses}, got ${res.status}: ${res.text.slice(0, 300)}`);
  assertProblem(res, res.status);
  assert.doesNotMatch(res.text, /<html|<!doctype/i, `${what}: no HTML`);
}

describe('hostile input is refused with problem+json and changes nothing', () => {
  let token;
  let entity;
  let recordId;
  let records;

  before(async () => {
    token = await adminToken();
    const name = uniqueName('hostile');
    const defined = await api('POST', '/api/entities', { token, body: { name } });
    assert.equal(defined.status, 201, defined.text);
    entity = defined.body.id;
    for (const spec of [
      { name: 'title', type: 'TEXT', maxLength: 50 },
      { name: 'qty', type: 'INTEGER' },
      { name: 'price', type: 'DECIMAL' },
      { name: 'meta', type: 'JSON' },
    ]) {
      const added = await api('POST', `/api/entities/${entity}/fields`, { token, body: spec });
      assert.equal(added.status, 201, added.text);
    }
    records = `/api/entities/${entity}/records`;
    const created = await api('POST', records, { token, body: { title: 'kept', qty: 1, price: '1.50', meta: { a: 1 } } });
    assert.equal(created.status, 201, created.text);
    recordId = created.body.id;
    // Reads wait for the setup, so every later read sees it.
    await api('GET', records, { token, headers: { 'X-Min-Position': String(positionOf(created)) } });
  });

  test('odd ids', async () => {
    for (const path of [
      `/api/entities/not-a-uuid/records`,
      `/api/entities/${randomUUID()}/records`,
      `${records}/123`,
      `${records}/${'f'.repeat(4000)}`,
      `${records}/${encodeURIComponent("' OR 1=1; DROP TABLE users; --")}`,
      `${records}/${randomUUID()}/history`,
      `/api/entities//records`,
      `${records}/x;jsessionid=1`,
      `${records}/x%3Bfoo`,
    ]) {
      assertRefused(await api('GET', path, { token }), [400, 404, 414], `GET ${path.slice(0, 80)}`);
    }
    for (const path of [`${records}/not-a-uuid`, `${records}/${randomUUID()}`]) {
      assertRefused(await api('PATCH', path, { token, body: { title: 'x' } }), [400, 404], `PATCH ${path}`);
      assertRefused(await api('DELETE', path, { token }), [400, 404], `DELETE ${path}`);
    }
  });

  test('encoded traversal and malformed paths', async () => {
    for (const path of [
      '/api/entities/..%2F..%2Fetc%2Fpasswd',
      '/api/entities/../../etc/passwd',
      '/api/../index.html',
      '/api/%2e%2e/index.html',
      '/api/entities/%2e%2e/%2e%2e/x',
      `/api/entities/${entity}/records/..%2f..%2f..%2fusers`,
      '/api/entities/a%5c..%5cb',
      '/api/entities/%zz',
      '/api/entities/%00',
      '/api/entities/%C0%AF',
      '/api',
    ]) {
      for (const method of ['GET', 'POST', 'DELETE']) {
        const res = await raw(method, path, { token, headers: { 'Content-Type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
        assertRefused(res, [400, 401, 403, 404, 405], `${method} ${path}`);
      }
    }
  });

  test('raw brackets in a query string reach the services', async () => {
    const res = await raw('GET', `${records}?filter[title][eq]=kept`, { token });
    assert.match(res.headers.get('content-type') ?? '', /json/, res.text.slice(0, 200));
    assert.doesNotMatch(res.text, /<html/i);
  });

  test('invalid UTF-8 and U+0000', async () => {
    const invalid = Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xff, 0xfe, 0xc0, 0xaf]), Buffer.from('"}')]);
    assertRefused(await api('POST', records, { token, body: invalid }), [400, 422], 'invalid UTF-8 body');
    assertRefused(await api('POST', records, { token, body: { title: 'nul\u0000byte' } }), [422], 'U+0000 in text');
  });

  // Tomcat alone would decode these to U+FFFD or drop them; both services refuse them first.
  test('invalid UTF-8, malformed escapes and U+0000 in a query string', async () => {
    assertRefused(await raw('GET', `${records}?q=%ff%fe`, { token }), [400], 'invalid UTF-8 in a query');
    assertRefused(await raw('GET', `${records}?q=%zz`, { token }), [400], 'malformed escape in a query');
    assertRefused(await raw('GET', `${records}?q=a%00b`, { token }), [400], 'U+0000 in a query');
    const body = JSON.stringify({ title: 'never' });
    const headers = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) };
    assertRefused(await raw('POST', `${records}?atomic=%ff`, { token, headers, body }), [400], 'command-service');
  });

  test('huge numbers', async () => {
    for (const body of [
      '{"qty": 1e400}',
      '{"qty": 99999999999999999999999999}',
      '{"qty": 1.5}',
      `{"price": "1e999999999"}`,
      `{"price": ${'9'.repeat(5000)}}`,
    ]) {
      assertRefused(await api('POST', records, { token, body }), [400, 422], `POST ${body.slice(0, 40)}`);
    }
    assertRefused(await api('GET', `${records}?limit=99999999999999999999`, { token }), [400], 'huge limit');
    assertRefused(
      await api('GET', records, { token, headers: { 'X-Min-Position': '99999999999999999999' } }),
      [400],
      'huge X-Min-Position',
    );
    assertRefused(await api('PATCH', `${records}/${recordId}`, { token, body: { qty: 2 }, headers: { 'If-Match': '"99999999999999999999"' } }), [400, 412], 'huge If-Match');
  });

  test('deep and malformed JSON', async () => {
    const deep = `{"meta": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    assertRefused(await api('POST', records, { token, body: deep }), [400, 422], 'deep JSON');
    for (const body of ['{"title": "a"', '{"title": "a"} trailing', '{"title": "a"}{"title": "b"}', '{"title": "a", "title": "b"}', '[]', '"text"', 'null', '42', '', '{"title": "a", }']) {
      assertRefused(await api('POST', records, { token, body }), [400, 422], `POST ${JSON.stringify(body)}`);
    }
    assertRefused(await api('POST', '/api/entities', { token, body: '{"name": ' }), [400], 'malformed entity body');
  });

  test('wrong content types', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      assertRefused(
        await api('POST', records, { token, body: '{"title":"typed"}', headers: { 'Content-Type': type } }),
        [415],
        type,
      );
    }
    assertRefused(await raw('POST', records, { token, body: '{"title":"untyped"}' }), [400, 415], 'no content type');
  });

  test('oversized bodies', async () => {
    const big = JSON.stringify({ title: 'big', meta: 'x'.repeat(2 * 1024 * 1024) });
    assertRefused(await api('POST', records, { token, body: big }), [413], 'a 2 MiB record');
    assertRefused(await api('PATCH', `${records}/${recordId}`, { token, body: big }), [413], 'a 2 MiB patch');
    assertRefused(await api('POST', records, { token, body: { title: 'x'.repeat(51) } }), [422], 'over maxLength');
  });

  test('nothing of it was applied', async () => {
    // Nothing above was applied: the record is as created and the entity's trail holds the setup only.
    const now = await api('GET', `${records}/${recordId}`, { token });
    assert.equal(now.status, 200, now.text);
    assert.equal(now.body.version, 1);
    assert.equal(now.body.title, 'kept');
    const list = await api('GET', records, { token });
    assert.equal(list.body.data.length, 1, 'exactly the one record of the setup');
    const trail = await api('GET', `/api/audit?entity=${entity}&limit=100`, { token });
    assert.equal(trail.status, 200, trail.text);
    assert.deepEqual(
      trail.body.data.map((event) => event.eventType).sort(),
      ['EntityDefined', 'FieldAdded', 'FieldAdded', 'FieldAdded', 'FieldAdded', 'RecordCreated'].sort(),
    );
  });
});
