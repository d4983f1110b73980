// Schema and records end to end: both services as separate processes behind the gateway.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { UUID, adminToken, api, assertProblem, positionOf, uniqueName } from './client.mjs';

const FIELDS = [
  { name: 'title', type: 'TEXT', required: true, maxLength: 20, pattern: '^[A-Z].*$' },
  { name: 'notes', type: 'LONG_TEXT' },
  { name: 'qty', type: 'INTEGER', required: true, min: 1, max: 1000 },
  { name: 'price', type: 'DECIMAL', min: 0 },
  { name: 'paid', type: 'BOOLEAN' },
  { name: 'due', type: 'DATE' },
  { name: 'placed_at', type: 'DATETIME' },
  { name: 'contact', type: 'EMAIL', unique: true },
  { name: 'website', type: 'URL' },
  { name: 'status', type: 'ENUM', options: ['new', 'paid', 'shipped'] },
  { name: 'customer', type: 'REFERENCE' }, // reference set in before()
  { name: 'meta', type: 'JSON' },
];

const COLUMN_TYPES = {
  TEXT: 'text',
  LONG_TEXT: 'text',
  EMAIL: 'text',
  URL: 'text',
  ENUM: 'text',
  INTEGER: 'bigint',
  DECIMAL: 'numeric',
  BOOLEAN: 'boolean',
  DATE: 'date',
  DATETIME: 'timestamp with time zone',
  REFERENCE: 'uuid',
  JSON: 'jsonb',
};

const hex = (uuid) => uuid.replaceAll('-', '');

describe('records through the gateway', () => {
  let token;
  let customers;
  let orders;
  let customerId;
  const fieldIds = {};
  let lastPosition = 0;
  let created; // the first valid record as the command answered it

  async function defineEntity(name) {
    const res = await api('POST', '/api/entities', {
      token,
      body: { name, displayName: name.replaceAll('_', ' ') },
    });
    assert.equal(res.status, 201, res.text);
    assert.match(res.body.id, UUID);
    assert.equal(res.body.name, name);
    assert.equal(res.body.schemaVersion, 1);
    assert.equal(res.body.position, positionOf(res));
    assert.ok(res.headers.get('location'), 'Location header');
    lastPosition = Math.max(lastPosition, res.body.position);
    return res.body.id;
  }

  async function createRecord(entityId, values) {
    return api('POST', `/api/entities/${entityId}/records`, { token, body: values });
  }

  const validOrder = (overrides = {}) => ({
    title: 'First order',
    notes: 'Line one\nLine two — ünïcödé',
    qty: 3,
    price: '12345678901234567890.123456789',
    paid: true,
    due: '2026-02-28',
    placed_at: '2026-01-24T12:30:00.123456+02:00',
    contact: `${uniqueName('buyer')}@example.com`,
    website: 'https://example.com/orders?id=1',
    status: 'paid',
    customer: customerId,
    meta: { source: 'e2e', nested: { list: [1, 2.5, 'three', null], ok: true } },
    ...overrides,
  });

  before(async () => {
    token = await adminToken();
    customers = await defineEntity(uniqueName('customer'));
    const nameField = await api('POST', `/api/entities/${customers}/fields`, {
      token,
      body: { name: 'name', type: 'TEXT', required: true },
    });
    assert.equal(nameField.status, 201, nameField.text);
    const customer = await createRecord(customers, { name: 'Ada' });
    assert.equal(customer.status, 201, customer.text);
    customerId = customer.body.id;
    FIELDS.find((f) => f.type === 'REFERENCE').reference = customers;
  });

  test('an entity gets one field of each of the 12 types, each a new schema version', async () => {
    orders = await defineEntity(uniqueName('orders'));
    let version = 1;
    for (const spec of FIELDS) {
      const res = await api('POST', `/api/entities/${orders}/fields`, { token, body: spec });
      assert.equal(res.status, 201, `${spec.type}: ${res.text}`);
      assert.match(res.body.fieldId, UUID);
      assert.equal(res.body.schemaVersion, ++version);
      assert.equal(res.body.position, positionOf(res));
      fieldIds[spec.name] = res.body.fieldId;
      lastPosition = Math.max(lastPosition, res.body.position);
    }
    const entity = await api('GET', `/api/entities/${orders}`, {
      token,
      headers: { 'X-Min-Position': String(lastPosition) },
    });
    assert.equal(entity.status, 200, entity.text);
    assert.equal(entity.body.schemaVersion, 13);
    assert.equal(entity.headers.get('etag'), '"13"');
    assert.deepEqual(
      entity.body.fields.map((f) => [f.name, f.type]),
      FIELDS.map((f) => [f.name, f.type]),
    );
    const title = entity.body.fields.find((f) => f.name === 'title');
    assert.equal(title.required, true);
    assert.equal(title.maxLength, 20);
    const status = entity.body.fields.find((f) => f.name === 'status');
    assert.deepEqual(status.options, ['new', 'paid', 'shipped']);
    assert.equal(entity.body.fields.find((f) => f.name === 'customer').reference, customers);
  });

  test('a valid record is created: 201, X-Position, Location, version 1', async () => {
    const res = await createRecord(orders, validOrder());
    assert.equal(res.status, 201, res.text);
    assert.match(res.body.id, UUID);
    assert.equal(res.body.version, 1);
    assert.equal(res.body.position, positionOf(res));
    assert.ok(res.headers.get('location')?.includes(res.body.id), 'Location names the record');
    for (const f of FIELDS) assert.ok(f.name in res.body, `${f.name} present in the response`);
    created = res.body;
    lastPosition = Math.max(lastPosition, res.body.position);
  });

  test('an invalid record is 422 with every problem listed', async () => {
    const res = await createRecord(
      orders,
      validOrder({
        title: 'lowercase and far longer than twenty characters',
        qty: 0,
        price: 'twelve',
        due: '2026-02-30',
        placed_at: 'yesterday',
        contact: 'not-an-email',
        website: 'not a url',
        status: 'lost',
        no_such_field: 1,
      }),
    );
    assertProblem(res, 422, 'validation-failed');
    const codes = new Map();
    for (const e of res.body.errors) {
      assert.equal(typeof e.message, 'string');
      codes.set(e.field, [...(codes.get(e.field) ?? []), e.code]);
    }
    const expectCode = (field, code) =>
      assert.ok(codes.get(field)?.includes(code), `${field}: expected ${code}, got ${codes.get(field)}`);
    assert.ok(codes.has('title'), 'title (maxLength/pattern) reported');
    expectCode('qty', 'min');
    expectCode('price', 'invalid_decimal');
    expectCode('due', 'invalid_date');
    expectCode('placed_at', 'invalid_datetime');
    expectCode('contact', 'invalid_email');
    expectCode('website', 'invalid_url');
    expectCode('status', 'not_an_option');
    expectCode('no_such_field', 'unknown_field');
  });

  test('missing required fields, bounds, wrong types and a dangling reference are 422', async () => {
    const res = await createRecord(orders, {
      notes: 'no title, no qty',
      paid: 'yes',
      price: -1,
      customer: randomUUID(),
    });
    assertProblem(res, 422, 'validation-failed');
    const pairs = res.body.errors.map((e) => `${e.field}:${e.code}`);
    for (const expected of ['title:required', 'qty:required', 'paid:wrong_type', 'price:min']) {
      assert.ok(pairs.includes(expected), `${expected} in ${pairs}`);
    }
    assert.ok(pairs.some((p) => p.startsWith('customer:')), `customer reported in ${pairs}`);
    const tooMany = await createRecord(orders, validOrder({ qty: 1001, title: 'X'.repeat(21) }));
    assertProblem(tooMany, 422, 'validation-failed');
    const more = tooMany.body.errors.map((e) => `${e.field}:${e.code}`);
    assert.ok(more.includes('qty:max'), `qty:max in ${more}`);
    assert.ok(more.includes('title:max_length'), `title:max_length in ${more}`);
  });

  test('a duplicate value of a unique field is 409', async () => {
    const res = await createRecord(orders, validOrder({ contact: created.contact }));
    assertProblem(res, 409);
  });

  test('the record reads back at once with X-Min-Position, every value canonical', async () => {
    const res = await api('GET', `/api/entities/${orders}/records/${created.id}`, {
      token,
      headers: { 'X-Min-Position': String(created.position) },
    });
    assert.equal(res.status, 200, res.text);
    assert.ok(positionOf(res) >= created.position);
    assert.equal(res.headers.get('etag'), '"1"');
    const r = res.body;
    assert.equal(r.id, created.id);
    assert.equal(r.version, 1);
    assert.equal(r.title, 'First order');
    assert.equal(r.notes, 'Line one\nLine two — ünïcödé');
    assert.equal(r.qty, 3);
    assert.equal(r.price, '12345678901234567890.123456789');
    assert.equal(r.paid, true);
    assert.equal(r.due, '2026-02-28');
    assert.equal(r.placed_at, '2026-01-24T10:30:00.123456Z');
    assert.equal(r.contact, created.contact);
    assert.equal(r.website, 'https://example.com/orders?id=1');
    assert.equal(r.status, 'paid');
    assert.equal(r.customer, customerId);
    assert.deepEqual(r.meta, { source: 'e2e', nested: { list: [1, 2.5, 'three', null], ok: true } });
    for (const key of ['created_at', 'updated_at']) assert.match(r[key], /^\d{4}-\d\d-\d\dT[\d:.]+Z$/);
    assert.equal(typeof r.created_by, 'string');
    for (const f of FIELDS) assert.deepEqual(r[f.name], created[f.name], `${f.name} as the command answered`);
  });

  test('absent values are null; a decimal given as a JSON number stays exact', async () => {
    const res = await createRecord(orders, { title: 'Second', qty: 7, price: 19.99 });
    assert.equal(res.status, 201, res.text);
    const read = await api('GET', `/api/entities/${orders}/records/${res.body.id}`, {
      token,
      headers: { 'X-Min-Position': String(res.body.position) },
    });
    assert.equal(read.status, 200, read.text);
    assert.equal(read.body.price, '19.99');
    for (const name of ['notes', 'paid', 'due', 'placed_at', 'contact', 'website', 'status', 'customer', 'meta']) {
      assert.equal(read.body[name], null, `${name} is null`);
    }
  });

  test('lists page with limit and cursor, each record exactly once', async () => {
    const ids = new Set();
    for (let i = 0; i < 3; i++) {
      const res = await createRecord(orders, validOrder({ title: `Paged ${i}`, qty: 10 + i }));
      assert.equal(res.status, 201, res.text);
      lastPosition = res.body.position;
    }
    let cursor;
    let pages = 0;
    do {
      const query = `limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await api('GET', `/api/entities/${orders}/records?${query}`, {
        token,
        headers: { 'X-Min-Position': String(lastPosition) },
      });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.page.limit, 2);
      assert.ok(res.body.data.length <= 2);
      for (const r of res.body.data) {
        assert.ok(!ids.has(r.id), `record ${r.id} seen twice`);
        ids.add(r.id);
      }
      cursor = res.body.page.next;
      pages++;
      assert.ok(pages < 10, 'paging terminates');
    } while (cursor);
    assert.equal(ids.size, 5);
    assert.ok(ids.has(created.id));
    assert.ok(pages >= 3);
  });

  test('the read model has one typed column per field', { skip: !process.env.PSQL_DATABASE_URL }, () => {
    const sql =
      "SELECT column_name || ' ' || data_type FROM information_schema.columns " +
      `WHERE table_schema = 'rm_entity_tables' AND table_name = 'entity_${hex(orders)}' AND column_name LIKE 'f\\_%'`;
    const out = execFileSync('psql', [process.env.PSQL_DATABASE_URL, '-Atqc', sql], { encoding: 'utf8' });
    const columns = new Map(out.trim().split('\n').map((line) => line.split(/ (.*)/s).slice(0, 2)));
    assert.equal(columns.size, FIELDS.length, out);
    for (const f of FIELDS) {
      assert.equal(columns.get(`f_${hex(fieldIds[f.name])}`), COLUMN_TYPES[f.type], f.name);
    }
  });
});
