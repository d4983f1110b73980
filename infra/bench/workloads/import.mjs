// import: BENCH_ROWS records through POST …/records/import (CSV, several bodies under the 50 MiB
// limit, atomic), beside psql's \copy of the same CSV into a plain table of the same columns.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { awaitPosition, defineEntity, must } from '../lib/api.mjs';
import { psql, timed } from '../lib/postgres.mjs';
import { fmt, fmtInt, msSince, now } from '../lib/stats.mjs';
import { CSV_HEADER, csvRow, LARGE_FIELDS, largeEntityPrefix } from './large-entity.mjs';

const MAX_BODY_BYTES = 45 * 1024 * 1024;

/** CSV bodies of at most `rowsPerBody` rows (and MAX_BODY_BYTES), each with the header. */
function* bodies(rows, rowsPerBody) {
  for (let from = 0; from < rows; ) {
    const lines = [CSV_HEADER];
    let bytes = CSV_HEADER.length;
    for (; from < rows && lines.length <= rowsPerBody && bytes < MAX_BODY_BYTES; from++) {
      const line = csvRow(from);
      lines.push(line);
      bytes += line.length + 1;
    }
    yield `${lines.join('\n')}\n`;
  }
}

async function importThroughApi(entity, rows, rowsPerBody) {
  const started = now();
  let created = 0;
  let position = 0;
  for (const body of bodies(rows, rowsPerBody)) {
    const answer = await must('POST', `/api/entities/${entity.id}/records/import?atomic=true`, body, 200, { 'Content-Type': 'text/csv' });
    created += answer.created;
    position = answer.position;
    console.error(`import: ${fmtInt(created)} of ${fmtInt(rows)} rows accepted`);
  }
  const acceptedMs = msSince(started);
  await awaitPosition(entity.id, position);
  return { created, acceptedMs, readableMs: msSince(started) };
}

async function writeCsv(file, rows) {
  const out = createWriteStream(file);
  const write = (text) => out.write(text) || new Promise((resolve) => out.once('drain', resolve));
  await write(`${CSV_HEADER}\n`);
  for (let from = 0; from < rows; from += 10_000) {
    const lines = [];
    for (let i = from; i < Math.min(rows, from + 10_000); i++) lines.push(csvRow(i));
    await write(`${lines.join('\n')}\n`);
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
}

async function copyBaseline(pgUrl, rows) {
  const dir = mkdtempSync(join(tmpdir(), 'mb-import-'));
  try {
    const file = join(dir, 'rows.csv');
    await writeCsv(file, rows);
    psql(pgUrl, 'DROP TABLE IF EXISTS bench_import; CREATE TABLE bench_import (title text NOT NULL, qty bigint NOT NULL, price numeric NOT NULL, placed_at timestamptz NOT NULL, category text NOT NULL)');
    const ms = timed(pgUrl, `\\copy bench_import (${CSV_HEADER}) FROM '${file}' CSV HEADER`);
    const copied = Number(psql(pgUrl, 'SELECT count(*) FROM bench_import').trim());
    psql(pgUrl, 'DROP TABLE bench_import');
    return { rows: copied, ms, rate: copied / (ms / 1000) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function importRecords(ctx) {
  const { rows, importBodyRows } = ctx.config;
  const entity = await defineEntity(`${largeEntityPrefix(rows)}${Date.now().toString(36)}`, LARGE_FIELDS);
  console.error(`import: ${fmtInt(rows)} rows into ${entity.name}, ${fmtInt(importBodyRows)} rows per body ...`);
  const metabuilder = await importThroughApi(entity, rows, importBodyRows);
  const count = await must('GET', `/api/entities/${entity.id}/records?limit=1&count=exact`, undefined, 200);
  if (count.page.total !== rows) throw new Error(`import: ${count.page.total} records listed, ${rows} expected`);
  ctx.large = entity;
  console.error('import: \\copy of the same CSV ...');
  const copy = await copyBaseline(ctx.pgUrl, rows);
  const accepted = rows / (metabuilder.acceptedMs / 1000);
  const readable = rows / (metabuilder.readableMs / 1000);
  const rawText = `${fmtInt(copy.rate)} rows/s (\\copy, ${fmt(copy.ms / 1000, 2)} s)`;
  return {
    details: { entity: entity.name, table: entity.table, rows, bodyRows: importBodyRows, metabuilder, raw: copy },
    rows: [
      {
        workload: `import ${fmtInt(rows)} rows (CSV), all answered 200`,
        metabuilder: `${fmtInt(accepted)} rows/s (${fmt(metabuilder.acceptedMs / 1000, 1)} s)`,
        raw: rawText,
        ratio: accepted / copy.rate,
        target: '≥ 20,000 rows/s',
        met: accepted >= 20_000,
        notes: `${Math.ceil(rows / importBodyRows)} body(ies) of ≤ ${fmtInt(importBodyRows)} rows, atomic`,
      },
      {
        workload: `import ${fmtInt(rows)} rows (CSV), until readable`,
        metabuilder: `${fmtInt(readable)} rows/s (${fmt(metabuilder.readableMs / 1000, 1)} s)`,
        raw: rawText,
        ratio: readable / copy.rate,
        target: '≥ 20,000 rows/s',
        met: readable >= 20_000,
        notes: 'until a list with X-Min-Position of the last import answers, i.e. the entity table holds every row',
      },
    ],
  };
}
