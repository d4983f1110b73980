// results/latest.json (every measurement) and results/latest.md (one table row per measurement).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, fmtInt } from './stats.mjs';

const cell = (text) => String(text).replaceAll('|', '\\|');

function targetCell(row) {
  if (row.met === undefined) return row.target;
  return `${row.target} ${row.met ? '✓' : '✗'}`;
}

function markdown(run, rows, skipped) {
  const lines = [
    '# MetaBuilder benchmark',
    '',
    `${run.startedAt} · commit ${run.commit} · ${run.cores} cores (load average ${fmt(run.loadAverage)} at start) · ` +
      `workloads ${run.config.workloads.join(',')} · BENCH_ROWS ${fmtInt(run.config.rows)} · ` +
      `${run.config.warmupS} s warm-up, ${run.config.durationS} s per rate · gateway ${run.baseUrl}`,
    '',
    'Every MetaBuilder number is measured through the gateway; the raw PostgreSQL number beside it is the same',
    'work done directly on the same server in the same run (pgbench with a script file, or psql `\\timing`).',
    'Ratio = MetaBuilder ÷ raw (rates: higher is better; latencies: lower is better). Targets are reported, never asserted.',
    '',
    '| workload | MetaBuilder | raw PostgreSQL | ratio | target | notes |',
    '|---|---:|---:|---:|---|---|',
    ...rows.map((row) =>
      `| ${[row.workload, row.metabuilder, row.raw, row.ratio == null ? '—' : fmt(row.ratio, 3), targetCell(row), row.notes ?? '']
        .map(cell)
        .join(' | ')} |`,
    ),
  ];
  if (skipped.length) lines.push('', ...skipped.map((s) => `- not measured: ${s}`));
  return `${lines.join('\n')}\n`;
}

export function writeResults(dir, run, results) {
  const rows = Object.values(results).flatMap((result) => result.rows ?? []);
  const skipped = Object.entries(results)
    .filter(([, result]) => result.details?.skipped || result.error)
    .map(([name, result]) => `${name}: ${result.details?.skipped ?? result.error}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ ...run, rows, results }, null, 2)}\n`);
  const report = markdown(run, rows, skipped);
  writeFileSync(join(dir, 'latest.md'), report);
  return report;
}
