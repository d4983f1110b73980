// Fault 3 of infra/local/stage-faults.sh: the (embedded) PostgreSQL stopped and started again while
// clients create records (driver.mjs load db-restart); the services are left to recover alone.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { acknowledgedWritesSurvive } from './acknowledged.mjs';
import { markedAt, readState } from './lib.mjs';

describe('PostgreSQL restarted during a write load', () => {
  const { acked, failures } = readState('db-restart');
  const down = readState('db-restart.down');
  const up = readState('db-restart.up');

  for (const service of ['command-service', 'query-service']) {
    test(`${service}: /health/ready answers 503 DOWN while PostgreSQL is stopped`, () => {
      assert.deepEqual(
        { status: down[service].last.status, body: down[service].last.body },
        { status: 503, body: 'DOWN' },
        JSON.stringify(down[service]),
      );
    });

    test(`${service}: /health/ready answers 200 UP again once PostgreSQL is back, without a restart`, () => {
      assert.deepEqual(
        { status: up[service].last.status, body: up[service].last.body },
        { status: 200, body: 'UP' },
        JSON.stringify(up[service]),
      );
    });
  }

  test('writes failed during the outage and were acknowledged again after it', () => {
    assert.ok(Object.keys(failures).length > 0, 'no write failed: the outage missed the load');
    assert.ok(acked.some((write) => write.at < markedAt('db-restart.stopped')), 'no write before the outage');
    assert.ok(acked.some((write) => write.at > markedAt('db-restart.ready')), 'no write acknowledged after recovery');
  });

  acknowledgedWritesSurvive('db-restart');
});
