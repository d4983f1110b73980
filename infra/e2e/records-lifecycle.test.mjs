// Records over their whole life, end to end through the gateway: a record edited 50 times by
// three users has 51 history entries with the right author and diff, and every past version
// (?version=N and ?asOf=T) is exactly what the read table answered at that point.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { adminToken, api, assertProblem, positionOf, uniqueName } from './client.mjs';

const FIELDS = [
  { name: 'title', type: 'TEXT', required: true },
  { name: 'qty', type: 'INTEGER' },
  { name: 'price', type: 'DECIMAL' },
  { name: 'note', type: 'TEXT' },
  { name: 'code', type: 'TEXT', unique: true },
];
const EDITS = 50;

/** The values of version i's edit: every edit changes qty, and some touch other fields. */
function editOf(i) {
  const edit = { qty: i };
  if (i % 3 === 0) edit.note = i % 2 === 0 ? null : `note ${i}`;
  if (i % 4 === 0) edit.price = `${i}.25`;
  if (i % 10 === 0) edit.title = `Title ${i}`;
  return edit;
}

describe('record lifecycle through the gateway', () => {
  let entity;
  let authors; // [{email, token}] : the admin and two registered USER accounts
  let position = 0;

  async function read(path, token) {
    const res = await api('GET', path, { token, headers: { 'X-Min-Position': String(position) } });
    return res;
  }

  async function registerUser(token) {
    const email = `${uniqueName('editor')}@example.com`;
    const password = 'editor-password';
    const created = await api('POST', '/api/users', {
      token,
      body: { email, password, role: 'USER' },
    });
    assert.equal(created.status, 201, created.text);
    const login = await api('POST', '/api/auth/login', { body: { email, password } });
    assert.equal(login.status, 200, login.text);
    return { email, token: login.body.access_token };
  }

  before(async () => {
    const admin = await adminToken();
    const defined = await api('POST', '/api/entities', {
      token: admin,
      body: { name: uniqueName('ledger') },
    });
    assert.equal(defined.status, 201, defined.text);
    entity = defined.body.id;
    for (const field of FIELDS) {
      const added = await api('POST', `/api/entities/${entity}/fields`, {
        token: admin,
        body: field,
      });
      assert.equal(added.status, 201, added.text);
    }
    authors = [{ email: process.env.ADMIN_EMAIL ?? 'admin@metabuilder.local', token: admin }];
    authors.push(await registerUser(admin), await registerUser(admin));
  });

  test('50 edits by three users: 51 history entries, and the past reads as the read table did', async () => {
    const records = `/api/entities/${entity}/records`;
    const created = await api('POST', records, {
      token: authors[0].token,
      body: { title: 'Start', qty: 0 },
    });
    assert.equal(created.status, 201, created.text);
    const id = created.body.id;
    position = positionOf(created);
    const snapshots = [(await read(`${records}/${id}`, authors[0].token)).body];
    const writers = [authors[0].email];

    for (let i = 1; i <= EDITS; i++) {
      const author = authors[i % 3];
      const patched = await api('PATCH', `${records}/${id}`, {
        token: author.token,
        body: editOf(i),
        headers: { 'If-Match': `"${i}"` },
      });
      assert.equal(patched.status, 200, patched.text);
      assert.equal(patched.headers.get('etag'), `"${i + 1}"`);
      position = positionOf(patched);
      const now = await read(`${records}/${id}`, author.token);
      assert.equal(now.status, 200, now.text);
      assert.equal(now.body.version, i + 1);
      assert.equal(now.body.updated_by, author.email);
      snapshots.push(now.body);
      writers.push(author.email);
    }

    const history = await read(`${records}/${id}/history`, authors[1].token);
    assert.equal(history.status, 200, history.text);
    assert.equal(history.body.data.length, EDITS + 1);
    history.body.data.forEach((entry, k) => {
      assert.equal(entry.version, k + 1);
      assert.equal(entry.eventType, k === 0 ? 'RecordCreated' : 'RecordUpdated');
      assert.equal(entry.user.email, writers[k], `author of version ${k + 1}`);
      assert.match(entry.user.id, /^[0-9a-f-]{36}$/);
      assert.equal(entry.timestamp, snapshots[k].updated_at);
      assert.ok(entry.requestId, 'request id');
      assert.deepEqual(
        entry.changes,
        diff(k === 0 ? null : snapshots[k - 1], snapshots[k]),
        `diff of ${k + 1}`,
      );
    });

    for (let n = 1; n <= EDITS + 1; n++) {
      const atVersion = await read(`${records}/${id}?version=${n}`, authors[2].token);
      assert.equal(atVersion.status, 200, atVersion.text);
      assert.equal(atVersion.headers.get('etag'), `"${n}"`);
      assert.deepEqual(atVersion.body, snapshots[n - 1], `version ${n}`);
      // Two edits within one stored millisecond share an instant; asOf then names the later one.
      const at = snapshots[n - 1].updated_at;
      if (n === EDITS + 1 || snapshots[n].updated_at !== at) {
        const asOf = await read(
          `${records}/${id}?asOf=${encodeURIComponent(at)}`,
          authors[2].token,
        );
        assert.equal(asOf.status, 200, asOf.text);
        assert.deepEqual(asOf.body, snapshots[n - 1], `asOf ${at}`);
      }
    }
    const beforeCreation = new Date(Date.parse(snapshots[0].created_at) - 1000).toISOString();
    assert.equal(
      (await read(`${records}/${id}?asOf=${beforeCreation}`, authors[0].token)).status,
      404,
    );
    assert.equal(
      (await read(`${records}/${id}?version=${EDITS + 2}`, authors[0].token)).status,
      404,
    );
    assertProblem(
      await read(`${records}/${id}?version=1&asOf=${beforeCreation}`, authors[0].token),
      400,
    );
  });

  test('delete, restore and lost-update protection', async () => {
    const records = `/api/entities/${entity}/records`;
    const [admin, ana, bob] = authors;
    const created = await api('POST', records, {
      token: ana.token,
      body: { title: 'Bin me', code: uniqueName('c') },
    });
    assert.equal(created.status, 201, created.text);
    const id = created.body.id;

    const first = await api('PATCH', `${records}/${id}`, {
      token: ana.token,
      body: { qty: 1 },
      headers: { 'If-Match': '"1"' },
    });
    assert.equal(first.status, 200, first.text);
    const stale = await api('PATCH', `${records}/${id}`, {
      token: bob.token,
      body: { qty: 2 },
      headers: { 'If-Match': '"1"' },
    });
    assertProblem(stale, 412, 'precondition-failed');
    assertProblem(
      await api('PATCH', `${records}/${id}`, {
        token: bob.token,
        body: { qty: 2 },
        headers: { 'If-Match': 'one' },
      }),
      400,
    );

    const deleted = await api('DELETE', `${records}/${id}`, {
      token: bob.token,
      headers: { 'If-Match': '"2"' },
    });
    assert.equal(deleted.status, 204, deleted.text);
    assert.equal(deleted.headers.get('etag'), '"3"');
    position = positionOf(deleted);
    assert.equal((await read(`${records}/${id}`, admin.token)).status, 404);
    const shown = await read(`${records}/${id}?includeDeleted=true`, admin.token);
    assert.equal(shown.status, 200, shown.text);
    assert.equal(shown.body.deleted, true);
    assert.ok(!(await read(records, admin.token)).body.data.some((record) => record.id === id));
    assertProblem(
      await api('PATCH', `${records}/${id}`, { token: bob.token, body: { qty: 3 } }),
      409,
      'conflict',
    );

    const restored = await api('POST', `${records}/${id}/restore`, { token: admin.token });
    assert.equal(restored.status, 200, restored.text);
    assert.equal(restored.body.version, 4);
    position = positionOf(restored);
    const back = await read(`${records}/${id}`, admin.token);
    assert.equal(back.status, 200, back.text);
    assert.equal(back.headers.get('etag'), '"4"');
    assert.equal(back.body.qty, 1);
    const history = await read(`${records}/${id}/history`, admin.token);
    assert.deepEqual(
      history.body.data.map((entry) => [entry.eventType, entry.user.email, entry.changes]),
      [
        [
          'RecordCreated',
          ana.email,
          { title: { from: null, to: 'Bin me' }, code: { from: null, to: created.body.code } },
        ],
        ['RecordUpdated', ana.email, { qty: { from: null, to: 1 } }],
        ['RecordDeleted', bob.email, {}],
        ['RecordRestored', admin.email, {}],
      ],
    );
  });
});

/** What changed from one read of the record to the next, as the history reports it. */
function diff(previous, current) {
  const changes = {};
  for (const { name } of FIELDS) {
    const from = previous === null ? null : previous[name];
    const to = current[name];
    if (previous === null ? to !== null : JSON.stringify(from) !== JSON.stringify(to)) {
      changes[name] = { from, to };
    }
  }
  return changes;
}
