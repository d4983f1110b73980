// replay: POST /api/admin/projections/{name}/replay rebuilds the projection from the first event
// into a shadow schema and swaps it in once it caught up; timed until the admin list stops saying
// "replaying". Raw PostgreSQL: reading the same events in order (COPY of the event table TO STDOUT),
// the floor any replay pays before it writes a row.
import { must } from '../lib/api.mjs';
import { psql, timed } from '../lib/postgres.mjs';
import { fmt, fmtInt, msSince, now } from '../lib/stats.mjs';

const POLL_MS = 50;
const TIMEOUT_MS = 60 * 60_000;

async function state(name) {
  const { data } = await must('GET', '/api/admin/projections', undefined, 200);
  const projection = data.find((p) => p.name === name);
  if (!projection) throw new Error(`replay: no projection named ${name} (have ${data.map((p) => p.name).join(', ')})`);
  return projection;
}

/** Waits until `name` has no lag, so the replay starts from a settled head. */
async function settled(name) {
  const deadline = Date.now() + 600_000;
  for (let current = await state(name); Date.now() < deadline; current = await state(name)) {
    if (current.lag === 0 && current.status === 'running') return current;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`replay: ${name} did not settle`);
}

async function replayOnce(name, platformUrl) {
  await settled(name);
  const events = Number(psql(platformUrl, 'SELECT count(*) FROM event_store.domain_event_entry').trim());
  const started = now();
  await must('POST', `/api/admin/projections/${name}/replay`, undefined, 202);
  const deadline = Date.now() + TIMEOUT_MS;
  let current = await state(name);
  while (current.status === 'replaying' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    current = await state(name);
  }
  const ms = msSince(started);
  if (current.status !== 'running') throw new Error(`replay of ${name} ended ${current.status}`);
  return { name, events, ms, rate: events / (ms / 1000), after: current };
}

export async function replay(ctx) {
  const name = ctx.config.replayProjection;
  console.error(`replay: ${name} from the first event ...`);
  const metabuilder = await replayOnce(name, ctx.platformUrl);
  const rawMs = timed(ctx.platformUrl, 'COPY (SELECT * FROM event_store.domain_event_entry ORDER BY global_index) TO STDOUT');
  const rawRate = metabuilder.events / (rawMs / 1000);
  return {
    details: { metabuilder, rawMs },
    rows: [
      {
        workload: `replay ${name}, ${fmtInt(metabuilder.events)} events`,
        metabuilder: `${fmtInt(metabuilder.rate)} events/s (${fmt(metabuilder.ms / 1000, 1)} s)`,
        raw: `${fmtInt(rawRate)} events/s read (COPY TO STDOUT, ${fmt(rawMs / 1000, 2)} s)`,
        ratio: metabuilder.rate / rawRate,
        target: '≥ 20,000 events/s',
        met: metabuilder.rate >= 20_000,
        notes: 'from the POST to the swap (status no longer "replaying"); events = rows of the event table when it started',
      },
    ],
  };
}
