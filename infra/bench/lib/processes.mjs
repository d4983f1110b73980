// The services' processes as the benchmark watches them: resident memory and JVM heap.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const RUN_DIR = process.env.RUN_DIR ?? '';
const QUERY_PORT = process.env.QUERY_PORT ?? '8082';
export const SERVICES = ['command-service', 'query-service'];

/** The PID in RUN_DIR/<service>.pid, or undefined when there is none or it is not running. */
export function pidOf(service) {
  const file = join(RUN_DIR, `${service}.pid`);
  if (!RUN_DIR || !existsSync(file)) return undefined;
  const pid = readFileSync(file, 'utf8').trim();
  return existsSync(`/proc/${pid}/status`) ? pid : undefined;
}

/** VmRSS of the process in MiB (from /proc/<pid>/status). */
export function rssMiB(pid) {
  const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kib === undefined ? undefined : Number(kib) / 1024;
}

/**
 * query-service's heap in MiB from its /metrics: `used`, the sum of jvm_memory_used_bytes{area="heap"}
 * over its pools (young garbage included), and `oldGen`, what survived collections.
 */
export async function queryHeapMiB() {
  const res = await fetch(`http://127.0.0.1:${QUERY_PORT}/metrics`);
  if (res.status !== 200) return undefined;
  const pools = (await res.text())
    .split('\n')
    .filter((line) => line.startsWith('jvm_memory_used_bytes{') && line.includes('area="heap"'));
  const mib = (line) => Number(line.split(' ').at(-1)) / 1024 / 1024;
  return {
    used: pools.reduce((sum, line) => sum + mib(line), 0),
    oldGen: pools.filter((line) => /Old Gen|Tenured/.test(line)).reduce((sum, line) => sum + mib(line), 0),
  };
}
