// Export → import round-trips every value of every type: records exported as CSV and as JSONL from
// one entity and imported into twin entities read back with the same values.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { adminToken, api, positionOf, uniqueName } from './client.mjs';

const SYSTEM = ['id', 'version', 'created_at', 'updated_at', 'created_by', 'updated_by'];

function fields(reference) {
  return [
    { name: 'title', type: 'TEXT' },
    { name: 'notes', type: 'LONG_TEXT' },
    { name: 'qty', type: 'INTEGER' },
    { name: 'price', type: 'DECIMAL' },
    { name: 'paid', type: 'BOOLEAN' },
    { name: 'due', type: 'DATE' },
    { name: 'placed_at', type: 'DATETIME' },
    { name: 'contact', type: 'EMAIL' },
    { name: 'website', type: 'URL' },
    { name: 'status', type: 'ENUM', options: ['new', 'paid', 'shipped'] },
    { name: 'customer', type: 'REFERENCE', reference },
    { name: 'meta', type: 'JSON' },
  ];
}

const RECORDS = (customer) => [
  {
    title: 'Comma, "quotes" and ünïcödé',
    notes: 'line one\nline two',
    qty: 9007199254740991,
    price: '12345678901234567890.123456789',
    paid: true,
    due: '2026-02-28',
    placed_at: '2026-01-24T10:30:00.123456Z',
    contact: 'ana@example.com',
    website: 'https://example.com/a?b=c',
    status: 'paid',
    customer,
    meta: { nested: [1, 'two', null, { three: true }], n: 1.5 },
  },
  { title: 'only a title' },
  { title: '=SUM(A1)', qty: -1, price: '-0.01', paid: false, meta: 'just a string', status: 'new' },
  { meta: [1, 2, 3], due: '1999-12-31', placed_at: '2000-01-01T00:00:00Z' },
];

describe('export → import round-trips every value of every type', () => {
  let token;
  let customer;
  let people;
  let source;
  let last = 0;

  async function entityWith(name, specs) {
    const defined = await api('POST', '/api/entities', { token, body: { name } });
    assert.equal(defined.status, 201, defined.text);
    for (const spec of specs) {
      const added = await api('POST', `/api/entities/${name}/fields`, { token, body: spec });
      assert.equal(added.status, 201, added.text);
      last = Math.max(last, positionOf(added));
    }
    return name;
  }

  async function values(entity) {
    const list = await api('GET', `/api/entities/${entity}/records?sort=title&limit=100`, {
      token,
      headers: { 'X-Min-Position': String(last) },
    });
    assert.equal(list.status, 200, list.text);
    return list.body.data.map((record) =>
      Object.fromEntries(Object.entries(record).filter(([key]) => !SYSTEM.includes(key))),
    );
  }

  async function importInto(entity, type, body) {
    const res = await api('POST', `/api/entities/${entity}/records/import`, { token, body, headers: { 'Content-Type': type } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.failed, 0, res.text);
    assert.equal(res.body.created, RECORDS('').length);
    last = Math.max(last, positionOf(res));
  }

  before(async () => {
    token = await adminToken();
    people = await entityWith(uniqueName('people'), [{ name: 'name', type: 'TEXT' }]);
    const person = await api('POST', `/api/entities/${people}/records`, { token, body: { name: 'Ana' } });
    assert.equal(person.status, 201, person.text);
    customer = person.body.id;
    source = await entityWith(uniqueName('exported'), fields(people));
    for (const record of RECORDS(customer)) {
      const created = await api('POST', `/api/entities/${source}/records`, { token, body: record });
      assert.equal(created.status, 201, created.text);
      last = Math.max(last, positionOf(created));
    }
  });

  test('CSV export imported into a twin reads back the same', async () => {
    const csv = await api('GET', `/api/entities/${source}/records/export?format=csv&sort=title`, {
      token,
      headers: { 'X-Min-Position': String(last), Accept: 'text/csv' },
    });
    assert.equal(csv.status, 200, csv.text);
    const twin = await entityWith(uniqueName('csv_twin'), fields(people));
    await importInto(twin, 'text/csv', csv.text);
    assert.deepEqual(await values(twin), await values(source));
  });

  test('JSONL export imported (as a JSON array) into a twin reads back the same', async () => {
    const jsonl = await api('GET', `/api/entities/${source}/records/export?format=jsonl&sort=title`, {
      token,
      headers: { 'X-Min-Position': String(last), Accept: 'application/x-ndjson' },
    });
    assert.equal(jsonl.status, 200, jsonl.text);
    const rows = jsonl.text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
    assert.equal(rows.length, RECORDS('').length);
    const twin = await entityWith(uniqueName('json_twin'), fields(people));
    await importInto(twin, 'application/json', JSON.stringify(rows));
    assert.deepEqual(await values(twin), await values(source));
  });
});
