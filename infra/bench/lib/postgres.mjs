// Raw PostgreSQL baselines: psql for statements and timed COPY, pgbench with custom script files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { summary } from './stats.mjs';

/** Runs SQL through psql and answers its unaligned output. */
export function psql(url, sql) {
  return execFileSync('psql', [url, '-X', '-Atq', '-v', 'ON_ERROR_STOP=1', '-c', `SET client_min_messages = warning; ${sql}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Milliseconds psql's \timing reports for one command (a COPY … TO STDOUT goes to /dev/null). */
export function timed(url, command) {
  const out = execFileSync('psql', [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-o', '/dev/null', '-c', '\\timing on', '-c', command], {
    encoding: 'utf8',
  });
  const time = /Time: ([\d.]+) ms/.exec(out);
  if (!time) throw new Error(`psql printed no timing for ${command.slice(0, 80)}: ${out}`);
  return Number(time[1]);
}

/**
 * pgbench with custom script files (each chosen at random per transaction), in prepared mode as
 * the services' JDBC driver runs them. `durationS` or `transactions` (per client) bounds it.
 * Answers tps and the latency summary of every transaction (from pgbench's per-transaction log).
 */
export function pgbench(url, { scripts, clients = 1, durationS, transactions, mode = 'prepared', defines = {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'mb-pgbench-'));
  try {
    const files = scripts.map((sql, i) => {
      const file = join(dir, `script${i}.sql`);
      writeFileSync(file, `${sql}\n`);
      return file;
    });
    const args = [
      '-n',
      '-M', mode,
      '-c', String(clients),
      '-j', String(Math.min(clients, cpus().length)),
      ...(durationS ? ['-T', String(durationS)] : ['-t', String(transactions)]),
      '-l', `--log-prefix=${join(dir, 'log')}`,
      ...Object.entries(defines).flatMap(([name, value]) => ['-D', `${name}=${value}`]),
      ...files.flatMap((file) => ['-f', file]),
      url,
    ];
    const out = execFileSync('pgbench', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1]);
    return { tps, clients, ...summary(transactionLatencies(dir)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds of every transaction in pgbench's logs (third column, in microseconds). */
function transactionLatencies(dir) {
  return readdirSync(dir)
    .filter((name) => name.startsWith('log.'))
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n'))
    .filter(Boolean)
    .map((line) => Number(line.split(' ')[2]) / 1000);
}

/** An identifier the benchmark generated itself (entity_<hex>, f_<hex>), quoted; anything else is refused. */
export function ident(name) {
  if (!/^(entity|f)_[0-9a-f]{32}$/.test(name)) throw new Error(`not a generated identifier: ${name}`);
  return `"${name}"`;
}

/** The SELECT list of query-service's RecordQueries: system columns, then the fields in schema order. */
export function recordColumns(entity) {
  const system = ['id', 'version', 'created_at', 'updated_at', 'created_by', 'updated_by', 'deleted'];
  return [...system, ...entity.fields.map((name) => ident(entity.columns[name]))].join(', ');
}

export const entityTable = (entity) => `"rm_entity_tables".${ident(entity.table)}`;
