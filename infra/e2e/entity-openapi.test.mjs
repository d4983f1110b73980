// GET /api/entities/{entity}/openapi.json: an OpenAPI 3.1 document of one entity's record endpoints,
// whose record schemas follow the fields and their rules, linted by redocly like /api/openapi.json.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, test } from 'node:test';
import { adminToken, api, assertProblem, positionOf, uniqueName } from './client.mjs';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the OpenAPI document of an entity', () => {
  let token;
  let name;
  let last = 0;
  let document;

  before(async () => {
    token = await adminToken();
    name = uniqueName('oa_order');
    const created = await api('POST', '/api/entities', { token, body: { name } });
    assert.equal(created.status, 201, created.text);
    const fields = [
      { name: 'title', type: 'TEXT', required: true, maxLength: 20, pattern: '^[A-Z]' },
      { name: 'qty', type: 'INTEGER', min: 1, max: 10 },
      { name: 'price', type: 'DECIMAL' },
      { name: 'status', type: 'ENUM', options: ['new', 'paid'] },
      { name: 'due', type: 'DATE' },
      { name: 'contact', type: 'EMAIL' },
      { name: 'meta', type: 'JSON' },
      { name: 'gone', type: 'TEXT' },
    ];
    for (const field of fields) {
      const added = await api('POST', `/api/entities/${name}/fields`, { token, body: field });
      assert.equal(added.status, 201, added.text);
      last = positionOf(added);
    }
    last = positionOf(await api('DELETE', `/api/entities/${name}/fields/gone`, { token }));
    const res = await api('GET', `/api/entities/${name}/openapi.json`, {
      token,
      headers: { 'X-Min-Position': String(last) },
    });
    assert.equal(res.status, 200, res.text);
    document = res.body;
  });

  test('is OpenAPI 3.1 with the record endpoints of the entity', () => {
    assert.match(document.openapi, /^3\.1\./);
    const base = `/api/entities/${name}/records`;
    assert.deepEqual(Object.keys(document.paths[base]).sort(), ['get', 'post']);
    assert.deepEqual(Object.keys(document.paths[`${base}/{id}`]).filter((k) => k !== 'parameters').sort(), [
      'delete',
      'get',
      'patch',
    ]);
  });

  test('has a record schema per field, with its rules, and no removed field', () => {
    const create = document.components.schemas.RecordCreate;
    assert.deepEqual(create.required, ['title']);
    assert.equal(create.additionalProperties, false);
    assert.deepEqual(create.properties.title, { type: 'string', maxLength: 20, pattern: '^[A-Z]' });
    assert.deepEqual(create.properties.qty, { type: ['integer', 'null'], format: 'int64', minimum: 1, maximum: 10 });
    assert.deepEqual(create.properties.status.enum, ['new', 'paid', null]);
    assert.equal(create.properties.due.format, 'date');
    assert.equal(create.properties.contact.format, 'email');
    assert.equal(create.properties.gone, undefined);
    const record = document.components.schemas.Record;
    assert.deepEqual(record.properties.price.type, ['string', 'null']);
    assert.equal(record.properties.id.format, 'uuid');
  });

  test('passes redocly lint with the gateway document\'s rules', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'entity-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    execFileSync(join(REPO_ROOT, 'infra/local/checks.sh'), ['openapi', `file://${file}`], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
  });

  test('an unknown entity is 404', async () => {
    assertProblem(await api('GET', '/api/entities/ghost_oa_x/openapi.json', { token }), 404, 'not-found');
  });
});
