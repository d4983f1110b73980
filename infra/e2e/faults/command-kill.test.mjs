// Fault 1 of infra/local/stage-faults.sh: kill -9 of command-service while clients create records
// (driver.mjs load command-kill); the stage starts it again and the load goes on.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { acknowledgedWritesSurvive } from './acknowledged.mjs';
import { markedAt, readState } from './lib.mjs';

describe('kill -9 of command-service during a write load', () => {
  const { acked, failures } = readState('command-kill');

  test('the load ran across the kill: acknowledged before it and after the restart, refused in between', () => {
    assert.ok(acked.some((write) => write.at < markedAt('command-kill.killed')), 'no write acknowledged before the kill');
    assert.ok(acked.some((write) => write.at > markedAt('command-kill.ready')), 'no write acknowledged after the restart');
    assert.ok(Object.keys(failures).length > 0, 'no request failed: the kill missed the load');
  });

  acknowledgedWritesSurvive('command-kill');
});
