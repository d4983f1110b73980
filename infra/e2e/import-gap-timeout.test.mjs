// An atomic import is one long transaction. The test command runs query-service with a gap timeout far
// shorter than the import (EVENT_GAP_TIMEOUT_MS, see infra/local/test.sh), while single creates are
// sent meanwhile: every imported row and every acknowledged create must still reach the read table.
// An event the tracking processor passed as a gap and then dropped after the timeout would be missing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adminToken, api, positionOf, uniqueName } from './client.mjs';

const ROWS = 20_000;
const GAP_TIMEOUT_MS = Number(process.env.EVENT_GAP_TIMEOUT_MS ?? 0);

test(`an import of ${ROWS} rows longer than the gap timeout loses no event`, { timeout: 300_000 }, async () => {
  const token = await adminToken();
  const entity = uniqueName('gap_import');
  assert.equal((await api('POST', '/api/entities', { token, body: { name: entity } })).status, 201);
  const added = await api('POST', `/api/entities/${entity}/fields`, { token, body: { name: 'n', type: 'INTEGER' } });
  assert.equal(added.status, 201, added.text);

  const csv = `n\n${Array.from({ length: ROWS }, (_, i) => i).join('\n')}\n`;
  const started = Date.now();
  const importing = api('POST', `/api/entities/${entity}/records/import`, {
    token,
    body: csv,
    headers: { 'Content-Type': 'text/csv' },
  });
  const creates = [];
  let importDone = false;
  importing.finally(() => (importDone = true));
  while (!importDone && creates.length < 50) {
    creates.push(await api('POST', `/api/entities/${entity}/records`, { token, body: { n: -1 - creates.length } }));
  }
  const imported = await importing;
  const tookMs = Date.now() - started;
  assert.equal(imported.status, 200, imported.text);
  assert.equal(imported.body.created, ROWS);
  if (GAP_TIMEOUT_MS > 0) assert.ok(tookMs > GAP_TIMEOUT_MS, `the import (${tookMs} ms) outlasts the gap timeout`);
  for (const res of creates) assert.equal(res.status, 201, res.text);

  const last = Math.max(positionOf(imported), ...creates.map(positionOf));
  // Projecting 20 000 rows can take longer than one X-Min-Position wait: ask again on 503.
  let counted;
  for (const deadline = Date.now() + 240_000; ; ) {
    counted = await api('GET', `/api/entities/${entity}/records?count=exact&limit=1`, {
      token,
      headers: { 'X-Min-Position': String(last) },
    });
    if (counted.status !== 503 || Date.now() > deadline) break;
  }
  assert.equal(counted.status, 200, counted.text);
  assert.equal(counted.body.page.total, ROWS + creates.length);
});
