// The schema lifecycle end to end: rename, archive, field PATCH/remove/restore, rollback, versions,
// through the gateway, with every error status the contract names (400, 404, 409, 412, 422).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { adminToken, api, assertProblem, positionOf, uniqueName } from './client.mjs';

describe('schema lifecycle through the gateway', () => {
  let token;
  let last = 0;

  const write = async (method, path, body, headers = {}) => {
    const res = await api(method, path, { token, body, headers });
    if (res.status < 300) last = Math.max(last, positionOf(res));
    return res;
  };
  const read = (path) => api('GET', path, { token, headers: { 'X-Min-Position': String(last) } });
  const ifMatch = (version) => ({ 'If-Match': `"${version}"` });

  async function entityWithFields(prefix, ...fields) {
    const name = uniqueName(prefix);
    const created = await write('POST', '/api/entities', { name });
    assert.equal(created.status, 201, created.text);
    for (const field of fields) {
      const added = await write('POST', `/api/entities/${name}/fields`, field);
      assert.equal(added.status, 201, added.text);
    }
    return { name, id: created.body.id };
  }

  before(async () => {
    token = await adminToken();
  });

  test('PATCH renames and relabels an entity; stale If-Match is 412, malformed 400', async () => {
    const { name, id } = await entityWithFields('lc_entity');
    const renamed = uniqueName('lc_renamed');

    const patched = await write('PATCH', `/api/entities/${name}`, { name: renamed, displayName: 'Renamed' }, ifMatch(1));
    assert.equal(patched.status, 200, patched.text);
    assert.equal(patched.body.schemaVersion, 2);
    assert.equal(patched.headers.get('etag'), '"2"');
    assert.equal(patched.body.position, positionOf(patched));

    const entity = await read(`/api/entities/${id}`);
    assert.equal(entity.body.name, renamed);
    assert.equal(entity.body.displayName, 'Renamed');

    assertProblem(await write('PATCH', `/api/entities/${id}`, { displayName: 'x' }, ifMatch(1)), 412, 'precondition-failed');
    assertProblem(await write('PATCH', `/api/entities/${id}`, { displayName: 'x' }, { 'If-Match': 'abc' }), 400);
    assertProblem(await write('PATCH', `/api/entities/${id}`, { name: 'Bad Name' }), 422, 'validation-failed');
    assertProblem(await write('PATCH', '/api/entities/ghost_entity_x', { displayName: 'x' }), 404, 'not-found');
  });

  test('renaming onto another entity\'s name is 409, archived or not', async () => {
    const other = await entityWithFields('lc_taken');
    const { name } = await entityWithFields('lc_mover');
    assert.equal((await write('DELETE', `/api/entities/${other.name}`)).status, 200);
    assertProblem(await write('PATCH', `/api/entities/${name}`, { name: other.name }), 409, 'conflict');
  });

  test('DELETE archives: hidden from lists, readable by id, records readable, writes 409 until restored', async () => {
    const { name, id } = await entityWithFields('lc_archive', { name: 'label', type: 'TEXT' });
    const record = await write('POST', `/api/entities/${name}/records`, { label: 'kept' });
    assert.equal(record.status, 201, record.text);

    const archived = await write('DELETE', `/api/entities/${name}`);
    assert.equal(archived.status, 200, archived.text);
    assert.deepEqual(Object.keys(archived.body).sort(), ['position', 'schemaVersion']);
    assert.equal(archived.body.schemaVersion, 3);

    const listed = await read('/api/entities');
    assert.ok(!listed.body.data.some((e) => e.id === id));
    const all = await read('/api/entities?archived=true');
    assert.ok(all.body.data.some((e) => e.id === id && e.archived === true));
    assert.equal((await read(`/api/entities/${id}`)).body.archived, true);
    assert.equal((await read(`/api/entities/${id}/records/${record.body.id}`)).body.label, 'kept');

    assertProblem(await write('POST', `/api/entities/${name}/records`, { label: 'no' }), 409, 'conflict');
    assertProblem(await write('POST', `/api/entities/${name}/fields`, { name: 'x', type: 'TEXT' }), 409, 'conflict');
    assertProblem(await write('PATCH', `/api/entities/${name}`, { displayName: 'x' }), 409, 'conflict');

    const restored = await write('POST', `/api/entities/${name}/restore`);
    assert.equal(restored.status, 200, restored.text);
    assert.equal(restored.body.archived, false);
    assert.equal(restored.body.schemaVersion, 4);
    assertProblem(await write('POST', `/api/entities/${name}/restore`), 409, 'conflict');
    assert.equal((await write('POST', `/api/entities/${name}/records`, { label: 'again' })).status, 201);
  });

  test('PATCH of a field renames it or changes its rules; a type change is 422', async () => {
    const { name, id } = await entityWithFields('lc_field', { name: 'qty', type: 'INTEGER' }, { name: 'sku', type: 'TEXT' });

    const renamed = await write('PATCH', `/api/entities/${name}/fields/qty`, { name: 'quantity' }, ifMatch(3));
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.body.name, 'quantity');
    assert.equal(renamed.body.schemaVersion, 4);

    const ruled = await write('PATCH', `/api/entities/${name}/fields/quantity`, { max: 10, required: true });
    assert.equal(ruled.status, 200, ruled.text);
    assert.equal(ruled.body.max, 10);
    assert.equal(ruled.body.required, true);

    assertProblem(await write('PATCH', `/api/entities/${name}/fields/quantity`, { type: 'TEXT' }), 422, 'validation-failed');
    assertProblem(await write('PATCH', `/api/entities/${name}/fields/quantity`, { name: 'SKU' }), 422);
    assertProblem(await write('PATCH', `/api/entities/${name}/fields/quantity`, { name: 'sku' }), 409, 'conflict');
    assertProblem(await write('PATCH', `/api/entities/${name}/fields/quantity`, { min: 1 }, ifMatch(4)), 412);
    assertProblem(await write('PATCH', `/api/entities/${name}/fields/ghost`, { min: 1 }), 404);
    assertProblem(await write('POST', `/api/entities/${name}/records`, { quantity: 11 }), 422);

    const entity = await read(`/api/entities/${id}`);
    assert.deepEqual(entity.body.fields.map((f) => f.name), ['quantity', 'sku']);
  });

  test('DELETE of a field removes its column; restore brings back every value', async () => {
    const { name, id } = await entityWithFields('lc_remove', { name: 'label', type: 'TEXT' }, { name: 'amount', type: 'DECIMAL' });
    const ids = [];
    for (let i = 0; i < 5; i++) {
      const created = await write('POST', `/api/entities/${name}/records`, { label: `r${i}`, amount: `${i}.25` });
      assert.equal(created.status, 201, created.text);
      ids.push(created.body.id);
    }

    const updated = await write('PATCH', `/api/entities/${name}/records/${ids[0]}`, { amount: '9.99' });
    assert.equal(updated.status, 200, updated.text);

    const removed = await write('DELETE', `/api/entities/${name}/fields/amount`, undefined, ifMatch(3));
    assert.equal(removed.status, 200, removed.text);
    assert.deepEqual(Object.keys(removed.body).sort(), ['position', 'schemaVersion']);
    const hidden = await read(`/api/entities/${id}`);
    assert.deepEqual(hidden.body.fields.map((f) => f.name), ['label']);
    const listed = await read(`/api/entities/${id}?includeRemoved=true`);
    assert.equal(listed.body.fields.find((f) => f.name === 'amount').removed, true);
    const without = await read(`/api/entities/${name}/records/${ids[2]}`);
    assert.equal('amount' in without.body, false);
    assertProblem(await write('DELETE', `/api/entities/${name}/fields/amount`), 409);
    assertProblem(await write('POST', `/api/entities/${name}/records`, { label: 'x', amount: '1' }), 422);

    const restored = await write('POST', `/api/entities/${name}/fields/amount/restore`);
    assert.equal(restored.status, 200, restored.text);
    assert.equal(restored.body.schemaVersion, 5);
    for (let i = 0; i < ids.length; i++) {
      const back = await read(`/api/entities/${name}/records/${ids[i]}`);
      assert.equal(back.body.amount, i === 0 ? '9.99' : `${i}.25`);
    }
    assertProblem(await write('POST', `/api/entities/${name}/fields/amount/restore`), 409);
  });

  test('rollback applies one audited version; forward again restores; range errors 422', async () => {
    const { name, id } = await entityWithFields('lc_roll', { name: 'a', type: 'TEXT' });
    const record = await write('POST', `/api/entities/${name}/records`, { a: 'kept' });
    await write('POST', `/api/entities/${name}/fields`, { name: 'b', type: 'INTEGER' });
    const withB = await write('POST', `/api/entities/${name}/records`, { a: 'second', b: 7 });
    await write('PATCH', `/api/entities/${name}/fields/a`, { name: 'a2' });
    const v2 = (await read(`/api/entities/${id}/schema?version=2`)).body;
    const v4 = (await read(`/api/entities/${id}/schema?version=4`)).body;

    const back = await write('POST', `/api/entities/${name}/rollback`, { toVersion: 2 }, ifMatch(4));
    assert.equal(back.status, 200, back.text);
    assert.equal(back.body.schemaVersion, 5);
    assert.equal(back.body.position, positionOf(back));
    assert.deepEqual(
      back.body.operations.map((o) => o.op),
      ['removeField', 'renameField'],
    );
    assert.deepEqual(back.body.operations[1], { op: 'renameField', field: v2.fields[0].id, from: 'a2', to: 'a' });
    const at5 = (await read(`/api/entities/${id}/schema?version=5`)).body;
    assert.deepEqual(at5.fields, v2.fields);
    assert.equal((await read(`/api/entities/${name}/records/${withB.body.id}`)).body.b, undefined);

    const forward = await write('POST', `/api/entities/${name}/rollback`, { toVersion: 4 });
    assert.equal(forward.status, 200, forward.text);
    assert.deepEqual(forward.body.operations.map((o) => o.op), ['renameField', 'restoreField']);
    assert.deepEqual((await read(`/api/entities/${id}/schema?version=6`)).body.fields, v4.fields);
    assert.equal((await read(`/api/entities/${name}/records/${withB.body.id}`)).body.b, 7);
    assert.equal((await read(`/api/entities/${name}/records/${record.body.id}`)).body.a2, 'kept');

    assertProblem(await write('POST', `/api/entities/${name}/rollback`, { toVersion: 0 }), 422, 'validation-failed');
    assertProblem(await write('POST', `/api/entities/${name}/rollback`, { toVersion: 6 }), 422);
    assertProblem(await write('POST', `/api/entities/${name}/rollback`, { toVersion: 99 }), 422);
    assertProblem(await write('POST', `/api/entities/${name}/rollback`, { toVersion: 1 }, ifMatch(2)), 412);
  });

  test('rollback to a name another entity took is 409', async () => {
    const { name } = await entityWithFields('lc_old');
    const renamed = uniqueName('lc_new');
    await write('PATCH', `/api/entities/${name}`, { name: renamed });
    await write('POST', '/api/entities', { name });
    assertProblem(await write('POST', `/api/entities/${renamed}/rollback`, { toVersion: 1 }), 409, 'conflict');
  });

  test('schema?version, ?asOf and /schema/versions describe every change', async () => {
    const { name, id } = await entityWithFields('lc_versions', { name: 'a', type: 'TEXT' });
    await write('PATCH', `/api/entities/${name}/fields/a`, { maxLength: 5 });
    await write('DELETE', `/api/entities/${name}/fields/a`);
    await write('POST', `/api/entities/${name}/fields/a/restore`);
    await write('DELETE', `/api/entities/${name}`);
    await write('POST', `/api/entities/${name}/restore`);
    await write('POST', `/api/entities/${name}/rollback`, { toVersion: 2 });

    const versions = await read(`/api/entities/${id}/schema/versions`);
    assert.equal(versions.status, 200);
    assert.deepEqual(
      versions.body.data.map((v) => v.eventType),
      ['EntityDefined', 'FieldAdded', 'FieldRulesChanged', 'FieldRemoved', 'FieldRestored', 'EntityArchived', 'EntityRestored', 'SchemaRolledBack'],
    );
    for (const v of versions.body.data) {
      assert.equal(typeof v.change, 'string');
      assert.ok(v.change.length > 0);
      assert.ok(v.user.email);
      assert.match(v.timestamp, /Z$/);
    }
    const at4 = await read(`/api/entities/${id}/schema?version=4`);
    assert.equal(at4.status, 200);
    assert.equal(at4.body.fields.length, 0);
    assert.equal((await read(`/api/entities/${id}/schema?version=4&includeRemoved=true`)).body.fields[0].removed, true);
    const at8 = await read(`/api/entities/${id}/schema?version=8`);
    assert.equal(at8.body.fields[0].maxLength, undefined);
    assertProblem(await read(`/api/entities/${id}/schema?version=9`), 404);
    assertProblem(await read(`/api/entities/${id}/schema?asOf=2000-01-01T00:00:00Z`), 404);
    const now = await read(`/api/entities/${id}/schema?asOf=${encodeURIComponent(new Date(Date.now() + 60000).toISOString())}`);
    assert.equal(now.body.schemaVersion, 8);
  });
});
