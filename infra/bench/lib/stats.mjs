// Timing and summaries shared by the workloads.
export const now = () => process.hrtime.bigint();
export const msSince = (started) => Number(now() - started) / 1e6;

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** n, p50, p95 and max of a list of milliseconds. */
export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) };
}

/** Times `fn` `samples` times in a row (after `warmup` untimed calls): the summary of the latencies. */
export async function sampleLatency(fn, samples, warmup = 3) {
  for (let i = 0; i < warmup; i++) await fn();
  const latencies = [];
  for (let i = 0; i < samples; i++) {
    const started = now();
    await fn();
    latencies.push(msSince(started));
  }
  return summary(latencies);
}

/** Runs `clients` loops of `fn(i)` until `durationS` is over: rate of the calls that answered true, latencies. */
export async function closedLoop(clients, durationS, fn) {
  const deadline = now() + BigInt(Math.round(durationS * 1e9));
  const latencies = [];
  let failures = 0;
  const client = async (_, index) => {
    for (let i = index; now() < deadline; i += clients) {
      const started = now();
      if (await fn(i)) latencies.push(msSince(started));
      else failures++;
    }
  };
  const started = now();
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = msSince(started) / 1000;
  return { clients, ok: latencies.length, failures, rate: latencies.length / seconds, ...summary(latencies) };
}

/** Calls `fn` every `intervalMs` until `stop()` is called; resolves with the values it answered. */
export function sampler(intervalMs, fn) {
  const values = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const value = await fn();
      if (value !== undefined) values.push(value);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
    return values;
  })();
  return {
    stop: () => {
      stopped = true;
      return loop;
    },
  };
}

export const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
export const fmtInt = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
