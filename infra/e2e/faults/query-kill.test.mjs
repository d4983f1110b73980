// Fault 2 of infra/local/stage-faults.sh: kill -9 of query-service while clients create records
// (driver.mjs load query-kill); the stage starts it again, and it catches up from its tokens.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { acknowledgedWritesSurvive } from './acknowledged.mjs';
import { QUERY_URL, caughtUp, markedAt, readModelChecksums, readState, replayAll } from './lib.mjs';

describe('kill -9 of query-service during a write load', () => {
  const { acked } = readState('query-kill');

  test('writes were acknowledged while query-service was down', () => {
    const down = (write) => write.at > markedAt('query-kill.killed') && write.at < markedAt('query-kill.ready');
    assert.ok(acked.some(down), 'no write between the kill and the restart: the projections had nothing to catch up');
  });

  acknowledgedWritesSurvive('query-kill');

  test('the read model it caught up to equals a fresh replay of every projection', async () => {
    await caughtUp(QUERY_URL);
    const live = readModelChecksums();
    const replayed = await replayAll([QUERY_URL]);
    assert.ok(replayed.length > 0);
    assert.deepEqual(readModelChecksums(), live);
  });
});
