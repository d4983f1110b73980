// get: GET …/records/{id} at 8 clients, beside pgbench reading the same rows by primary key from the
// same entity_<hex> table, with the SELECT query-service's RecordQueries.find issues.
import { awaitPosition, call, must } from '../lib/api.mjs';
import { entityTable, pgbench, recordColumns } from '../lib/postgres.mjs';
import { closedLoop, fmt } from '../lib/stats.mjs';
import { smallRecord } from './create.mjs';

const CLIENTS = 8;
// pgbench picks one script per transaction at random, and takes at most 128 scripts.
const IDS = 64;

async function seedRecords(entity) {
  const ids = [];
  let position = 0;
  for (let i = 0; i < IDS; i++) {
    const created = await must('POST', `/api/entities/${entity.id}/records`, smallRecord(), 201);
    ids.push(created.id);
    position = Math.max(position, created.position);
  }
  await awaitPosition(entity.id, position);
  return ids;
}

// Script i reads the record in variable id<i>: a parameter in prepared mode, as the id is to JDBC.
const selectById = (entity, i) =>
  `SELECT ${recordColumns(entity)} FROM ${entityTable(entity)} WHERE (id = CAST(:id${i} AS uuid) AND deleted = false);`;

export async function get(ctx) {
  const { config } = ctx;
  const [entity] = await ctx.smallEntities();
  const ids = await seedRecords(entity);
  const read = async (i) => (await call('GET', `/api/entities/${entity.id}/records/${ids[i % ids.length]}`)).status === 200;
  console.error(`get: warm-up, then ${CLIENTS} clients for ${config.durationS} s, then pgbench SELECT by id ...`);
  await closedLoop(CLIENTS, Math.min(config.warmupS, 10), read);
  const metabuilder = await closedLoop(CLIENTS, config.durationS, read);
  const raw = pgbench(ctx.platformUrl, {
    scripts: ids.map((_, i) => selectById(entity, i)),
    defines: Object.fromEntries(ids.map((id, i) => [`id${i}`, id])),
    clients: CLIENTS,
    durationS: config.durationS,
  });
  return {
    details: { table: entity.table, ids: ids.length, metabuilder, raw },
    rows: [
      {
        workload: `get record by id, ${CLIENTS} clients`,
        metabuilder: `${fmt(metabuilder.rate)} /s (p95 ${fmt(metabuilder.p95)} ms)`,
        raw: `${fmt(raw.tps)} /s SELECT by id (p95 ${fmt(raw.p95, 2)} ms)`,
        ratio: metabuilder.rate / raw.tps,
        target: '≥ 0.2',
        met: metabuilder.rate / raw.tps >= 0.2,
        notes: `${metabuilder.ok} reads of ${ids.length} records, ${metabuilder.failures} not 200`,
      },
    ],
  };
}
