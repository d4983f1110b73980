// Fault 4 of infra/local/stage-faults.sh: two command-service replicas update the same records
// and two query-service replicas share the processing groups (driver.mjs updates). The outcome must
// be the one a single replica of each makes of the same acknowledged writes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { api } from '../client.mjs';
import {
  QUERY_B_URL,
  QUERY_URL,
  caughtUp,
  readModelChecksums,
  readState,
  recordEvents,
  replayAll,
  token,
} from './lib.mjs';

describe('two replicas of each service', () => {
  const { entity, records, writers, rounds, writes, reads } = readState('replicas');
  const acks = (id) => writes.filter((write) => write.record === id && write.status === 200);

  test('every update through either command-service replica was acknowledged', () => {
    assert.equal(writes.length, records.length * writers * rounds);
    assert.deepEqual(writes.filter((write) => write.status !== 200), []);
  });

  test('each writer read its own write back through either query-service replica', () => {
    assert.equal(new Set(reads.map((read) => read.query)).size, 2, 'reads went to both query-service replicas');
    assert.deepEqual(reads.filter((read) => read.status !== 200 || read.value !== read.round), []);
  });

  test('each record has one event per acknowledged write, sequence numbers 0..n without gaps', () => {
    const events = recordEvents(entity);
    for (const { id } of records) {
      const sequences = events.filter((event) => event.id === id).map((event) => event.sequence);
      assert.deepEqual(sequences, Array.from({ length: acks(id).length + 1 }, (_, i) => i), `record ${id}`);
    }
  });

  test('both query-service replicas answer the state the acknowledged writes make', async () => {
    const bearer = await token();
    const minPosition = String(Math.max(...writes.map((write) => write.position)));
    for (const { id, code } of records) {
      const answers = [];
      for (const base of [QUERY_URL, QUERY_B_URL]) {
        const res = await api('GET', `/api/entities/${entity}/records/${id}`, {
          token: bearer,
          base,
          headers: { 'X-Min-Position': minPosition },
        });
        assert.equal(res.status, 200, res.text);
        answers.push(res.body);
      }
      assert.deepEqual(answers[1], answers[0], 'the two query-service replicas answer differently');
      const expected = { code, version: acks(id).length + 1 };
      for (let w = 0; w < writers; w++) expected[`w${w}`] = rounds - 1;
      const actual = Object.fromEntries(Object.keys(expected).map((key) => [key, answers[0][key]]));
      assert.deepEqual(actual, expected, `record ${id}`);
    }
  });

  test('the read model both share equals a fresh replay of every projection', async () => {
    await caughtUp(QUERY_URL);
    await caughtUp(QUERY_B_URL);
    const live = readModelChecksums();
    await replayAll([QUERY_URL, QUERY_B_URL]);
    assert.deepEqual(readModelChecksums(), live);
  });
});
