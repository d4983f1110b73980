// rss: VmRSS of each service process (PID files in RUN_DIR), sampled while records are created.
import { pidOf, rssMiB, SERVICES } from '../lib/processes.mjs';
import { fmt, sampler } from '../lib/stats.mjs';
import { createLoad } from './create.mjs';

const EVERY_MS = 500;

/** Samples every service's RSS while `work` runs; answers what `work` answers. */
export async function watchRss(samples, work) {
  const pids = SERVICES.map((service) => [service, pidOf(service)]).filter(([, pid]) => pid);
  const watch = sampler(EVERY_MS, () => Object.fromEntries(pids.map(([service, pid]) => [service, rssMiB(pid)])));
  try {
    return await work();
  } finally {
    samples.push(...(await watch.stop()));
  }
}

export async function rss(ctx) {
  if (!SERVICES.some(pidOf)) {
    return { details: { skipped: `no PID files in RUN_DIR (${process.env.RUN_DIR || 'unset'})` }, rows: [] };
  }
  if (ctx.rssSamples.length === 0) {
    console.error(`rss: no create run yet; creating records at 8 clients for ${ctx.config.durationS} s ...`);
    await watchRss(ctx.rssSamples, async () => createLoad(await ctx.smallEntities(), 8, ctx.config.durationS));
  }
  const rows = SERVICES.filter(pidOf).map((service) => {
    const values = ctx.rssSamples.map((sample) => sample[service]).filter(Number.isFinite);
    const max = Math.max(...values);
    return {
      workload: `RSS of ${service} under create load`,
      metabuilder: `max ${fmt(max)} MiB (min ${fmt(Math.min(...values))})`,
      raw: '—',
      ratio: null,
      target: '< 512 MiB',
      met: max < 512,
      notes: `${values.length} samples of /proc/${pidOf(service)}/status VmRSS, every ${EVERY_MS} ms`,
    };
  });
  return { details: { samples: ctx.rssSamples.length }, rows };
}
