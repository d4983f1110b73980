// create: record creation through the gateway at each client count, beside pgbench single-row INSERTs.
import { readFileSync } from 'node:fs';
import { call, defineEntity } from '../lib/api.mjs';
import { pgbench, psql } from '../lib/postgres.mjs';
import { closedLoop, fmt } from '../lib/stats.mjs';

const SMALL_ENTITIES = 4;
const INSERT_SQL = readFileSync(new URL('../insert.sql', import.meta.url), 'utf8');

let counter = 0;
export const smallRecord = () => ({
  title: `bench ${++counter}`,
  qty: counter,
  price: `${counter}.25`,
  placed_at: new Date().toISOString(),
});

/** Records of several entities, as a team filling forms writes them. */
export async function smallEntities(count = SMALL_ENTITIES) {
  const fields = [
    { name: 'title', type: 'TEXT', required: true },
    { name: 'qty', type: 'INTEGER' },
    { name: 'price', type: 'DECIMAL' },
    { name: 'placed_at', type: 'DATETIME' },
  ];
  const stamp = Date.now().toString(36);
  const entities = [];
  for (let i = 0; i < count; i++) entities.push(await defineEntity(`bench_${stamp}_${i}`, fields));
  return entities;
}

/** Creates records round-robin over `entities` from `clients` loops for `durationS`. */
export async function createLoad(entities, clients, durationS) {
  let serverErrors = 0;
  const result = await closedLoop(clients, durationS, async (i) => {
    const res = await call('POST', `/api/entities/${entities[i % entities.length].id}/records`, smallRecord());
    if (res.status >= 500) serverErrors++;
    return res.status === 201;
  });
  return { ...result, serverErrors };
}

function insertBaseline(pgUrl, clients, durationS) {
  psql(
    pgUrl,
    'DROP TABLE IF EXISTS bench_scratch; CREATE TABLE bench_scratch (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ' +
      'title text NOT NULL, qty bigint, price numeric, placed_at timestamptz, created_at timestamptz DEFAULT now())',
  );
  const result = pgbench(pgUrl, { scripts: [INSERT_SQL], clients, durationS, mode: 'simple' });
  psql(pgUrl, 'DROP TABLE bench_scratch');
  return result;
}

export async function create(ctx) {
  const { config } = ctx;
  const entities = await ctx.smallEntities();
  console.error(`create: warm-up, ${config.clients[0]} clients for ${config.warmupS} s ...`);
  await createLoad(entities, config.clients[0], config.warmupS);
  const runs = [];
  for (const clients of config.clients) {
    console.error(`create: ${clients} clients for ${config.durationS} s, then pgbench INSERT ...`);
    const metabuilder = await ctx.underRssWatch(() => createLoad(entities, clients, config.durationS));
    runs.push({ clients, metabuilder, raw: insertBaseline(ctx.pgUrl, clients, config.durationS) });
  }
  ctx.maxCreateRate = Math.max(...runs.map((run) => run.metabuilder.rate));
  const rows = runs.map(({ clients, metabuilder: mb, raw }) => ({
    workload: `create record, ${clients} clients`,
    metabuilder: `${fmt(mb.rate)} /s (p95 ${fmt(mb.p95)} ms)`,
    raw: `${fmt(raw.tps)} /s INSERT (p95 ${fmt(raw.p95, 2)} ms)`,
    ratio: mb.rate / raw.tps,
    target: 'reported',
    notes: `${mb.ok} created, ${mb.serverErrors} 5xx, ${mb.failures - mb.serverErrors} other errors; slowest ${fmt(mb.max)} ms`,
  }));
  return { details: runs, rows };
}
