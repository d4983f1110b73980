// export: GET …/records/export?format=csv of the large entity, counted as it streams, beside psql's
// COPY (the SELECT RecordQueries.stream issues) TO STDOUT in CSV; query-service's used heap is
// sampled from its /metrics all along.
import { open } from '../lib/api.mjs';
import { entityTable, recordColumns, timed } from '../lib/postgres.mjs';
import { queryHeapMiB } from '../lib/processes.mjs';
import { fmt, fmtInt, msSince, now, sampler } from '../lib/stats.mjs';

const HEAP_EVERY_MS = 200;

/** Streams the export, counting newlines without keeping the body. */
async function exportRows(entity) {
  const started = now();
  const res = await open(`/api/entities/${entity.id}/records/export?format=csv`);
  if (res.status !== 200) throw new Error(`export: ${res.status} ${await res.text()}`);
  let lines = 0;
  let bytes = 0;
  for await (const chunk of res.body) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return { rows: lines - 1, bytes, ms: msSince(started) };
}

export async function exportRecords(ctx) {
  const entity = await ctx.largeEntity();
  console.error(`export: CSV of ${entity.name} while sampling query-service's heap ...`);
  const heapBefore = await queryHeapMiB().catch(() => undefined);
  const heap = sampler(HEAP_EVERY_MS, () => queryHeapMiB().catch(() => undefined));
  const metabuilder = await exportRows(entity);
  const heapSamples = await heap.stop();
  const sql = `COPY (SELECT ${recordColumns(entity)} FROM ${entityTable(entity)} WHERE deleted = false ORDER BY created_at ASC NULLS LAST, id ASC NULLS LAST) TO STDOUT WITH (FORMAT csv, HEADER)`;
  const rawMs = timed(ctx.platformUrl, sql);
  const rate = metabuilder.rows / (metabuilder.ms / 1000);
  const rawRate = metabuilder.rows / (rawMs / 1000);
  const range = (key) => `${fmt(Math.min(...heapSamples.map((s) => s[key])))}–${fmt(Math.max(...heapSamples.map((s) => s[key])))} MiB`;
  return {
    details: { entity: entity.name, metabuilder, rawMs, heapBefore, heapSamples },
    rows: [
      {
        workload: `export ${fmtInt(metabuilder.rows)} rows (CSV)`,
        metabuilder: `${fmtInt(rate)} rows/s (${fmt(metabuilder.ms / 1000, 1)} s, ${fmt(metabuilder.bytes / 1048576)} MiB)`,
        raw: `${fmtInt(rawRate)} rows/s (COPY TO STDOUT, ${fmt(rawMs / 1000, 2)} s)`,
        ratio: rate / rawRate,
        target: 'heap flat',
        notes: `query-service heap used ${range('used')}, old gen ${range('oldGen')}, over ${heapSamples.length} samples every ${HEAP_EVERY_MS} ms (before: ${fmt(heapBefore?.used)} MiB used)`,
      },
    ],
  };
}
