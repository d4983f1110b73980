// /api/openapi.json (the services' springdoc documents combined by the gateway) covers every public
// endpoint the platform serves today, and /api/docs is a page of it. Linting is the test command's
// openapi-lint stage (redocly).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { api } from './client.mjs';

// Every public endpoint built so far (README, What works today); a new controller adds its line.
const ENDPOINTS = [
  'post /api/auth/login', 'get /api/auth/me', 'post /api/users', 'get /api/version',
  'post /api/entities', 'get /api/entities', 'get /api/entities/{entity}', 'post /api/entities/{entity}/fields',
  'post /api/entities/{entity}/records', 'get /api/entities/{entity}/records', 'get /api/entities/{entity}/records/{id}',
  'get /api/admin/projections', 'post /api/admin/projections/{name}/replay', 'post /api/admin/command-views/rebuild',
  'get /api/entities/{entity}/schema', 'get /api/entities/{entity}/schema/versions',
  'patch /api/entities/{entity}', 'delete /api/entities/{entity}', 'post /api/entities/{entity}/restore',
  'patch /api/entities/{entity}/fields/{field}', 'delete /api/entities/{entity}/fields/{field}',
  'post /api/entities/{entity}/fields/{field}/restore', 'post /api/entities/{entity}/rollback',
  'get /api/entities/{entity}/openapi.json',
  'get /api/audit', 'get /api/audit/export', 'get /api/users', 'patch /api/users/{id}',
  'patch /api/entities/{entity}/records/{id}', 'delete /api/entities/{entity}/records/{id}',
  'post /api/entities/{entity}/records/{id}/restore', 'get /api/entities/{entity}/records/{id}/history',
  'post /api/entities/{entity}/records/import', 'get /api/entities/{entity}/records/export',
];

describe('the OpenAPI document of the platform', () => {
  test('is OpenAPI 3.1, served without a token', async () => {
    const res = await api('GET', '/api/openapi.json');
    assert.equal(res.status, 200, res.text);
    assert.match(res.body.openapi, /^3\.1\./);
    assert.equal(res.body.info.title, 'MetaBuilder API');
  });

  test('covers every public endpoint, each with a summary and its problem answer', async () => {
    const { body } = await api('GET', '/api/openapi.json');
    const documented = Object.entries(body.paths).flatMap(([path, item]) =>
      Object.keys(item).filter((m) => m !== 'parameters').map((m) => `${m} ${path}`));
    assert.deepEqual(ENDPOINTS.filter((e) => !documented.includes(e)), [], 'endpoints missing from /api/openapi.json');
    for (const [path, item] of Object.entries(body.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (method === 'parameters') continue;
        assert.ok(op.summary, `${method} ${path} has no summary`);
        assert.ok(Object.keys(op.responses).some((code) => code.startsWith('4')), `${method} ${path} has no 4xx answer`);
      }
    }
  });

  test('/api/docs is a browsable page of it', async () => {
    const res = await api('GET', '/api/docs', { headers: { Accept: 'text/html' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(res.text, /\/api\/openapi\.json/);
    assert.doesNotMatch(res.text, /<script[^>]+src=|<link[^>]+href="https?:/, 'the page must not load anything from elsewhere');
  });
});
