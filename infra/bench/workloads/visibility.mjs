// visibility: under a steady load of half the measured maximum create rate, the time from a create's
// 201 until a GET of the record answers 200 (polling), and until a GET with X-Min-Position answers.
// Raw PostgreSQL: a committed INSERT is readable at once, so its "visibility" is one SELECT by id
// right after the INSERT (pgbench, same pair of statements).
import { call } from '../lib/api.mjs';
import { pgbench, psql } from '../lib/postgres.mjs';
import { fmt, msSince, now, summary } from '../lib/stats.mjs';
import { createLoad, smallRecord } from './create.mjs';

const MAX_IN_FLIGHT = 64;
const INSERT_THEN_SELECT = `\\set n random(1, 1000000000)
INSERT INTO bench_scratch (title, qty, price, placed_at) VALUES ('bench ' || :n, :n, :n + 0.25, now()) RETURNING id \\gset
SELECT * FROM bench_scratch WHERE id = :id;`;

/** Starts creating records at `rate` per second (open loop: a slow answer does not slow the pace). */
function steadyLoad(entities, rate) {
  let stopped = false;
  let inFlight = 0;
  let sent = 0;
  const started = Date.now();
  const timer = setInterval(() => {
    const due = Math.floor(((Date.now() - started) / 1000) * rate);
    for (; sent < due && inFlight < MAX_IN_FLIGHT && !stopped; sent++) {
      inFlight++;
      call('POST', `/api/entities/${entities[sent % entities.length].id}/records`, smallRecord())
        .catch(() => {})
        .finally(() => inFlight--);
    }
  }, 5);
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      return { sent, seconds: (Date.now() - started) / 1000 };
    },
  };
}

async function createThenRead(entity, withHeader) {
  const created = await call('POST', `/api/entities/${entity.id}/records`, smallRecord());
  if (created.status !== 201) throw new Error(`create: ${created.status} ${created.text}`);
  const acknowledged = now();
  const path = `/api/entities/${entity.id}/records/${created.body.id}`;
  const headers = withHeader ? { 'X-Min-Position': String(created.body.position) } : {};
  for (let polls = 0; polls <= 5000; polls++) {
    const read = await call('GET', path, undefined, headers);
    if (read.status === 200) return msSince(acknowledged);
    if (read.status !== 404 || withHeader) throw new Error(`read: ${read.status} after ${polls} polls`);
  }
  throw new Error('the record was not readable after 5000 polls');
}

function rawVisibility(pgUrl, samples) {
  psql(pgUrl, 'DROP TABLE IF EXISTS bench_scratch; CREATE TABLE bench_scratch (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), title text NOT NULL, qty bigint, price numeric, placed_at timestamptz)');
  const result = pgbench(pgUrl, { scripts: [INSERT_THEN_SELECT], transactions: samples });
  psql(pgUrl, 'DROP TABLE bench_scratch');
  return result;
}

export async function visibility(ctx) {
  const { config } = ctx;
  const entities = await ctx.smallEntities();
  if (!ctx.maxCreateRate) {
    console.error(`visibility: no create run yet; measuring the create rate at 8 clients for ${config.durationS} s ...`);
    ctx.maxCreateRate = (await createLoad(entities, 8, config.durationS)).rate;
  }
  const rate = ctx.maxCreateRate / 2;
  console.error(`visibility: ${config.samples} samples under ${fmt(rate)} creates/s ...`);
  const load = steadyLoad(entities.slice(1), rate);
  const polled = [];
  const waited = [];
  const deadline = Date.now() + 120_000;
  for (let i = 0; i < config.samples && Date.now() < deadline; i++) {
    (i % 2 === 0 ? polled : waited).push(await createThenRead(entities[0], i % 2 === 1));
  }
  const background = load.stop();
  // Each raw sample is an INSERT and a SELECT; the SELECT is what "readable" costs.
  const raw = rawVisibility(ctx.pgUrl, config.samples);
  const poll = summary(polled);
  const header = summary(waited);
  return {
    details: { targetRate: rate, background, poll, header, raw },
    rows: [
      {
        workload: `visible after create (polling GET), under ${fmt(rate)} creates/s`,
        metabuilder: `p50 ${fmt(poll.p50)} ms, p95 ${fmt(poll.p95)} ms`,
        raw: `INSERT + SELECT p95 ${fmt(raw.p95, 2)} ms`,
        ratio: poll.p95 / raw.p95,
        target: 'p95 < 15 ms',
        met: poll.p95 < 15,
        notes: `n=${poll.n}; with X-Min-Position: p50 ${fmt(header.p50)} / p95 ${fmt(header.p95)} ms (n=${header.n}); background ${fmt(background.sent / background.seconds)} creates/s sent`,
      },
    ],
  };
}
