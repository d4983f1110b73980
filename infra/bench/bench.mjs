// MetaBuilder benchmark: command rate, read-your-write visibility, and a raw PostgreSQL baseline.
// Node 20 built-ins only. Loopback only; every loop is bounded in time and count.
//   BASE_URL        the gateway (http://127.0.0.1:8000); must be a loopback address
//   PG_URL          PostgreSQL for the baseline (a scratch database; run.sh creates and drops it)
//   DURATION_S      seconds for each rate measurement (20, at most 60)
//   WARMUP_S        seconds of unmeasured record creation first, so the JVMs are compiled (30)
//   CLIENTS         comma list of concurrent-client counts to measure, each beside its own pgbench
//                   run ("8,32", each at most 64): 32 is well past the services' pools (10)
//   SAMPLES         visibility samples (200, at most 1000)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8000').replace(/\/+$/, '');
const PG_URL = process.env.PG_URL ?? '';
const DURATION_S = Math.min(Number(process.env.DURATION_S ?? 20), 60);
const WARMUP_S = Math.min(Number(process.env.WARMUP_S ?? 30), 120);
const CLIENT_COUNTS = (process.env.CLIENTS ?? '8,32').split(',').map((n) => Math.min(Number(n), 64));
const ENTITIES = 4;
const SAMPLES = Math.min(Number(process.env.SAMPLES ?? 200), 1000);
const EMAIL = process.env.ADMIN_EMAIL ?? 'admin@metabuilder.local';
const PASSWORD = process.env.ADMIN_PASSWORD ?? 'admin-password';
const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.md');

if (!/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(BASE_URL)) {
  throw new Error(`BASE_URL must be a loopback address, got ${BASE_URL}`);
}

let token;

async function call(method, path, body, headers = {}) {
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

async function must(method, path, body, expected) {
  const res = await call(method, path, body);
  if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (ns) => Number(ns) / 1e6;
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

let counter = 0;
const record = () => ({
  title: `bench ${++counter}`,
  qty: counter,
  price: `${counter}.25`,
  placed_at: new Date().toISOString(),
});

// Records of several entities, as a team filling forms writes them.
async function setUp() {
  token = (await must('POST', '/api/auth/login', { email: EMAIL, password: PASSWORD }, 200)).access_token;
  const fields = [
    { name: 'title', type: 'TEXT', required: true },
    { name: 'qty', type: 'INTEGER' },
    { name: 'price', type: 'DECIMAL' },
    { name: 'placed_at', type: 'DATETIME' },
  ];
  const ids = [];
  for (let i = 0; i < ENTITIES; i++) {
    const entity = await must('POST', '/api/entities', { name: `bench_${Date.now().toString(36)}_${i}` }, 201);
    for (const spec of fields) await must('POST', `/api/entities/${entity.id}/fields`, spec, 201);
    ids.push(entity.id);
  }
  return ids;
}

async function commandRate(entityIds, clients, durationS = DURATION_S) {
  const deadline = process.hrtime.bigint() + BigInt(durationS * 1e9);
  const latencies = [];
  let errors = 0;
  let serverErrors = 0;
  let slowest = 0;
  const worker = async (_, index) => {
    for (let i = index; process.hrtime.bigint() < deadline; i++) {
      const started = process.hrtime.bigint();
      const res = await call('POST', `/api/entities/${entityIds[i % entityIds.length]}/records`, record());
      const took = ms(process.hrtime.bigint() - started);
      slowest = Math.max(slowest, took);
      if (res.status === 201) latencies.push(took);
      else if (res.status >= 500) serverErrors++;
      else errors++;
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: clients }, worker));
  const seconds = ms(process.hrtime.bigint() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    clients,
    ok: latencies.length,
    errors,
    serverErrors,
    slowest,
    rate: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}

// (b1) write, then GET with X-Min-Position: the time until the record is readable.
// (b2) write, then poll a plain GET until it stops answering 404.
async function visibility(entityId) {
  const withHeader = [];
  const polled = [];
  const deadline = Date.now() + 60_000;
  for (let i = 0; i < SAMPLES && Date.now() < deadline; i++) {
    const t0 = process.hrtime.bigint();
    const created = await call('POST', `/api/entities/${entityId}/records`, record());
    if (created.status !== 201) throw new Error(`create: ${created.status}`);
    const t1 = process.hrtime.bigint();
    const path = `/api/entities/${entityId}/records/${created.body.id}`;
    if (i % 2 === 0) {
      const read = await call('GET', path, undefined, { 'X-Min-Position': String(created.body.position) });
      if (read.status !== 200) throw new Error(`read with X-Min-Position: ${read.status}`);
      withHeader.push({ total: ms(process.hrtime.bigint() - t0), visible: ms(process.hrtime.bigint() - t1) });
    } else {
      for (let polls = 0; ; polls++) {
        const read = await call('GET', path);
        if (read.status === 200) break;
        if (read.status !== 404 || polls > 5000) throw new Error(`poll: ${read.status} after ${polls} polls`);
      }
      polled.push({ total: ms(process.hrtime.bigint() - t0), visible: ms(process.hrtime.bigint() - t1) });
    }
  }
  const summary = (rows, key) => {
    const values = rows.map((r) => r[key]).sort((a, b) => a - b);
    return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95) };
  };
  return {
    header: { visible: summary(withHeader, 'visible'), total: summary(withHeader, 'total') },
    poll: { visible: summary(polled, 'visible'), total: summary(polled, 'total') },
  };
}

function postgresBaseline(clients) {
  if (!PG_URL) return undefined;
  const psql = (sql) =>
    execFileSync('psql', [PG_URL, '-Atqc', `SET client_min_messages = warning; ${sql}`], { encoding: 'utf8' });
  psql(
    'DROP TABLE IF EXISTS bench_scratch; CREATE TABLE bench_scratch (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ' +
      'title text NOT NULL, qty bigint, price numeric, placed_at timestamptz, created_at timestamptz DEFAULT now())',
  );
  const script = join(dirname(fileURLToPath(import.meta.url)), 'insert.sql');
  const out = execFileSync(
    'pgbench',
    ['-n', '-c', String(clients), '-j', String(Math.min(clients, cpus().length)), '-T', String(DURATION_S), '-r', '-f', script, PG_URL],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1]);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1]);
  const rows = Number(psql('SELECT count(*) FROM bench_scratch').trim());
  psql('DROP TABLE bench_scratch');
  return { tps, latency, rows };
}

const loadBefore = loadavg()[0];
const entityIds = await setUp();
// A fresh JVM compiles its hot paths during the first thousands of requests; measure after that.
console.error(`warm-up: ${CLIENT_COUNTS[0]} clients for ${WARMUP_S}s ...`);
await commandRate(entityIds, CLIENT_COUNTS[0], WARMUP_S);
const rates = [];
for (const clients of CLIENT_COUNTS) {
  console.error(`command rate: ${clients} clients for ${DURATION_S}s ...`);
  const commands = await commandRate(entityIds, clients);
  console.error(`PostgreSQL baseline: ${clients} clients for ${DURATION_S}s ...`);
  rates.push({ commands, pg: postgresBaseline(clients) });
}
console.error(`visibility: ${SAMPLES} samples ...`);
const visible = await visibility(entityIds[0]);

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { encoding: 'utf8' }).trim();
} catch {
  // not a git checkout
}

const lines = [
  `# MetaBuilder benchmark`,
  ``,
  `${new Date().toISOString()} · commit ${commit} · ${cpus().length} cores (load average ${fmt(loadBefore)} at start) · ${ENTITIES} entities · ${WARMUP_S} s warm-up, then ${DURATION_S} s per rate · gateway ${BASE_URL}`,
  ``,
  `| measurement | result | p50 ms | p95 ms | slowest ms | notes |`,
  `|---|---:|---:|---:|---:|---|`,
];
for (const { commands, pg } of rates) {
  const ratio = pg ? ` · ratio to (c) **${fmt(commands.rate / pg.tps, 3)}**` : '';
  lines.push(
    `| (a) create record, ${commands.clients} clients | ${fmt(commands.rate)} /s | ${fmt(commands.p50)} | ${fmt(commands.p95)} | ${fmt(commands.slowest)} | ${commands.ok} created, ${commands.serverErrors} 5xx, ${commands.errors} other errors${ratio} |`,
  );
  if (pg) {
    lines.push(
      `| (c) PostgreSQL single-row INSERT, ${commands.clients} clients (pgbench) | ${fmt(pg.tps)} /s | | | | avg ${fmt(pg.latency, 2)} ms; ${pg.rows} rows |`,
    );
  }
}
lines.push(
  `| (b1) visible after write, GET with X-Min-Position | | ${fmt(visible.header.visible.p50)} | ${fmt(visible.header.visible.p95)} | | after the 201; write+read ${fmt(visible.header.total.p50)} / ${fmt(visible.header.total.p95)} ms; n=${visible.header.visible.n} |`,
  `| (b2) visible after write, polling GET | | ${fmt(visible.poll.visible.p50)} | ${fmt(visible.poll.visible.p95)} | | after the 201; write+read ${fmt(visible.poll.total.p50)} / ${fmt(visible.poll.total.p95)} ms; n=${visible.poll.visible.n} |`,
  ``,
  rates[0].pg
    ? `A record command is validated against the schema, appended to the event store (appends commit in index order), its command-side views (registry, unique claims) written in the same transaction, and answered after commit; a projector then writes the read table. (c) is a bare INSERT of the same row.`
    : 'PostgreSQL baseline skipped (PG_URL not set).',
);
const report = `${lines.join('\n')}\n`;
mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, report);
process.stdout.write(report);
