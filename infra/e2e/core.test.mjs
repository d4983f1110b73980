// The core that carries history, end to end through the gateway: many more concurrent writers than
// the command-service's pool, the projection registry, a replay that never stops answering, and a
// rebuild of the command-side views.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { adminToken, api, positionOf, uniqueName } from './client.mjs';

const GROUPS = ['entity-tables', 'schema-versions', 'record-history'];

describe('the core through the gateway', () => {
  let token;
  let entity;

  before(async () => {
    token = await adminToken();
    const created = await api('POST', '/api/entities', { token, body: { name: uniqueName('core') } });
    assert.equal(created.status, 201, created.text);
    entity = created.body.id;
    const field = { name: 'code', type: 'TEXT', unique: true };
    const added = await api('POST', `/api/entities/${entity}/fields`, { token, body: field });
    assert.equal(added.status, 201, added.text);
  });

  // The bound is far below the pool's 30 s connection timeout, behind which a pool deadlock hides,
  // and far above what a shared, loaded test machine needs; speed itself is infra/bench's job.
  test('32 concurrent writers (pool of 10) get only answers, none near the pool timeout', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 32 }, async (_, writer) => {
        const results = [];
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          const code = i === 0 ? 'SHARED' : `w${writer}-${i}`;
          const res = await api('POST', `/api/entities/${entity}/records`, { token, body: { code } });
          results.push({ status: res.status, ms: performance.now() - started });
        }
        return results;
      }),
    );
    const all = outcomes.flat();
    assert.deepEqual(all.filter((o) => o.status >= 500 || o.status < 200), []);
    assert.deepEqual(all.filter((o) => o.ms > 15_000), []);
    assert.equal(all.filter((o) => o.status === 201).length, 32 * 4 + 1, 'one SHARED wins, every other code is new');
  });

  test('the admin API lists every projection group with its position', async () => {
    const res = await api('GET', '/api/admin/projections', { token });
    assert.equal(res.status, 200, res.text);
    const names = res.body.data.map((p) => p.name);
    for (const group of GROUPS) assert.ok(names.includes(group), `${group} in ${names}`);
    for (const p of res.body.data) {
      assert.equal(typeof p.position, 'number');
      assert.equal(typeof p.lag, 'number');
    }
  });

  test('a replay of entity-tables keeps its reads answering 200 until it has caught up', async () => {
    const created = await api('POST', `/api/entities/${entity}/records`, { token, body: { code: uniqueName('r') } });
    assert.equal(created.status, 201, created.text);
    const path = `/api/entities/${entity}/records/${created.body.id}`;
    const ready = await api('GET', path, { token, headers: { 'X-Min-Position': String(positionOf(created)) } });
    assert.equal(ready.status, 200, ready.text);

    const replay = await api('POST', '/api/admin/projections/entity-tables/replay', { token });
    assert.equal(replay.status, 202, replay.text);
    const statuses = [];
    const deadline = Date.now() + 60_000;
    for (;;) {
      statuses.push((await api('GET', path, { token })).status);
      const groups = await api('GET', '/api/admin/projections', { token });
      const state = groups.body.data.find((p) => p.name === 'entity-tables');
      if (state.status !== 'replaying' || Date.now() > deadline) break;
    }
    assert.deepEqual(
      statuses.filter((s) => s !== 200),
      [],
    );
  });

  test('an unknown projection is a 404 problem', async () => {
    const res = await api('POST', '/api/admin/projections/no-such-group/replay', { token });
    assert.equal(res.status, 404);
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  });

  test('the command-side views rebuild from the event store and still enforce unique values', async () => {
    const rebuilt = await api('POST', '/api/admin/command-views/rebuild', { token });
    assert.equal(rebuilt.status, 200, rebuilt.text);
    assert.ok(rebuilt.body.events > 0);
    const duplicate = await api('POST', `/api/entities/${entity}/records`, { token, body: { code: 'SHARED' } });
    assert.equal(duplicate.status, 409, duplicate.text);
  });
});
