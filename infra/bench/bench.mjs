// MetaBuilder benchmark: each workload through the gateway beside the same work on raw PostgreSQL,
// measured in the same run. Node 20 built-ins only. Loopback only; every loop is bounded.
//   BASE_URL           the gateway (http://127.0.0.1:8000); must be a loopback address
//   PG_URL             scratch database for the baselines that need their own tables (run.sh creates it)
//   PLATFORM_DB_URL    the platform's database: baselines that read its tables (entity_<hex>, events)
//   RUN_DIR            the platform's run directory (PID files, for rss); QUERY_PORT (for its /metrics)
//   WORKLOADS          comma list of create,get,visibility,import,list,export,replay,rss (all)
//   BENCH_ROWS         rows the import seeds, and list/export read (1000000)
//   IMPORT_BODY_ROWS   rows per import body (20000: about 1 MiB, far under the 50 MiB limit, and short
//                      enough to answer within the gateway's 300 s import timeout at a few hundred rows/s)
//   DURATION_S (20, ≤ 60), WARMUP_S (30, ≤ 120), CLIENTS ("8,32", each ≤ 64), SAMPLES (200, ≤ 1000)
//   LIST_SAMPLES       samples of each list query (100, ≤ 1000)
//   REPLAY_PROJECTION  the projection the replay rebuilds (entity-tables)
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { BASE_URL, logIn } from './lib/api.mjs';
import { writeResults } from './lib/report.mjs';
import { create, smallEntities } from './workloads/create.mjs';
import { exportRecords } from './workloads/export.mjs';
import { get } from './workloads/get.mjs';
import { importRecords } from './workloads/import.mjs';
import { existingLargeEntity } from './workloads/large-entity.mjs';
import { list } from './workloads/list.mjs';
import { replay } from './workloads/replay.mjs';
import { rss, watchRss } from './workloads/rss.mjs';
import { visibility } from './workloads/visibility.mjs';

// In the order they run: rss reports what was sampled during create; replay rebuilds what the others read.
const WORKLOADS = { create, rss, get, visibility, import: importRecords, list, export: exportRecords, replay };

const bounded = (name, fallback, max) => Math.min(Number(process.env[name] ?? fallback), max);

function readConfig() {
  const workloads = (process.env.WORKLOADS ?? Object.keys(WORKLOADS).join(',')).split(',').map((w) => w.trim());
  const unknown = workloads.filter((w) => !(w in WORKLOADS));
  if (unknown.length) throw new Error(`unknown WORKLOADS ${unknown.join(',')}; choose from ${Object.keys(WORKLOADS).join(',')}`);
  return {
    workloads: Object.keys(WORKLOADS).filter((w) => workloads.includes(w)),
    rows: Number(process.env.BENCH_ROWS ?? 1_000_000),
    importBodyRows: Number(process.env.IMPORT_BODY_ROWS ?? 20_000),
    durationS: bounded('DURATION_S', 20, 60),
    warmupS: bounded('WARMUP_S', 30, 120),
    clients: (process.env.CLIENTS ?? '8,32').split(',').map((n) => Math.min(Number(n), 64)),
    samples: bounded('SAMPLES', 200, 1000),
    listSamples: bounded('LIST_SAMPLES', 100, 1000),
    replayProjection: process.env.REPLAY_PROJECTION ?? 'entity-tables',
  };
}

const once = (fn) => {
  let value;
  return () => (value ??= fn());
};

/** What the workloads share: the baselines' databases, the small entities, the large one, RSS samples. */
function context(config) {
  const ctx = {
    config,
    pgUrl: process.env.PG_URL,
    platformUrl: process.env.PLATFORM_DB_URL,
    smallEntities: once(() => smallEntities()),
    large: undefined,
    rssSamples: [],
    maxCreateRate: undefined,
    underRssWatch: (work) => (config.workloads.includes('rss') ? watchRss(ctx.rssSamples, work) : work()),
    async largeEntity() {
      ctx.large ??= await existingLargeEntity(config.rows);
      if (!ctx.large) throw new Error(`no entity of ${config.rows} imported rows yet: add import to WORKLOADS`);
      return ctx.large;
    },
  };
  if (!ctx.pgUrl || !ctx.platformUrl) throw new Error('PG_URL and PLATFORM_DB_URL are needed (infra/bench/run.sh sets them)');
  return ctx;
}

function commit() {
  try {
    return execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const config = readConfig();
const run = {
  startedAt: new Date().toISOString(),
  commit: commit(),
  cores: cpus().length,
  loadAverage: loadavg()[0],
  baseUrl: BASE_URL,
  config,
};
const ctx = context(config);
const results = {};
for (const name of config.workloads) {
  try {
    await logIn(); // a token lasts 30 minutes; a full run takes longer
    results[name] = await WORKLOADS[name](ctx);
  } catch (error) {
    console.error(`${name} failed: ${error.stack ?? error}`);
    results[name] = { error: String(error.message ?? error) };
  }
}
run.finishedAt = new Date().toISOString();
process.stdout.write(writeResults(new URL('./results/', import.meta.url).pathname, run, results));
if (Object.values(results).some((result) => result.error)) process.exitCode = 1;
