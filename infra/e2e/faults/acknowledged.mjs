// The checks every fault ends with: no write that got a 201 is lost, none is stored twice.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { api } from '../client.mjs';
import { COMMAND_URL, QUERY_URL, caughtUp, entityTable, readState, recordEvents, sql, token } from './lib.mjs';

const READERS = 8;

/** Tests over the writes load NAME recorded; query-service must be up (and is waited for). */
export function acknowledgedWritesSurvive(name) {
  const { entity } = readState('setup');
  const { acked } = readState(name);
  let created; // RecordCreated events of the entity by record id

  before(async () => {
    await caughtUp(QUERY_URL);
    created = new Map();
    for (const event of recordEvents(entity).filter((e) => e.type === 'RecordCreated')) {
      created.set(event.id, [...(created.get(event.id) ?? []), event]);
    }
  });

  test(`${name}: every acknowledged write is in the event store once, as acknowledged`, () => {
    assert.ok(acked.length > 0, 'the load got no write acknowledged');
    const missing = acked.filter((write) => !created.has(write.id));
    assert.deepEqual(missing, [], `${missing.length} of ${acked.length} acknowledged writes are not in the event store`);
    for (const write of acked) {
      const events = created.get(write.id);
      assert.equal(events.length, 1, `record ${write.id} created ${events.length} times`);
      assert.equal(events[0].sequence, 0, `record ${write.id} created at sequence ${events[0].sequence}`);
    }
  });

  test(`${name}: no record is stored twice, in the event store or in the read table`, () => {
    const sequences = sql(
      `SELECT count(*), count(DISTINCT (aggregate_identifier, sequence_number)), count(DISTINCT event_identifier)
         FROM event_store.domain_event_entry`,
    )[0];
    assert.equal(new Set(sequences).size, 1, `events, distinct (aggregate, sequence), distinct ids: ${sequences}`);
    const [[field]] = sql(`SELECT field_id FROM rm_entity_tables.entity_fields WHERE entity_id = :'entity' AND name = 'code'`, {
      entity,
    });
    const codes = [...created.values()].flat().map((event) => event.payload.values[field]);
    assert.equal(new Set(codes).size, codes.length, 'two created records carry the same code');
    const rows = sql(`SELECT id FROM ${entityTable(entity)}`).map(([id]) => id);
    assert.equal(new Set(rows).size, rows.length, 'the read table holds a record twice');
    assert.deepEqual(new Set(rows), new Set(created.keys()), 'the read table and the event store hold other records');
  });

  test(`${name}: after the fault every acknowledged write reads back by id from query-service`, async () => {
    const bearer = await token();
    const minPosition = String(Math.max(...acked.map((write) => write.position)));
    const wrong = [];
    const queue = [...acked];
    await Promise.all(
      Array.from({ length: READERS }, async () => {
        for (let write = queue.pop(); write; write = queue.pop()) {
          const res = await api('GET', `/api/entities/${entity}/records/${write.id}`, {
            token: bearer,
            base: QUERY_URL,
            headers: { 'X-Min-Position': minPosition },
          });
          if (res.status !== 200 || res.body.code !== write.code || res.body.n !== write.n) {
            wrong.push({ id: write.id, status: res.status, code: res.body?.code, n: res.body?.n, expected: write });
          }
        }
      }),
    );
    assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} of ${acked.length} acknowledged writes read back wrong`);
  });

  test(`${name}: the unique codes of acknowledged writes are still claimed`, async () => {
    const bearer = await token();
    for (const write of [acked[0], acked[Math.floor(acked.length / 2)], acked.at(-1)]) {
      const res = await api('POST', `/api/entities/${entity}/records`, {
        token: bearer,
        base: COMMAND_URL,
        body: { code: write.code },
      });
      assert.equal(res.status, 409, `a second record with code ${write.code}: ${res.status} ${res.text}`);
    }
  });
}
