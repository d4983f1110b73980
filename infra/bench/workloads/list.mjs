// list: on the large entity, (a) a filtered and sorted first page, (b) the 100th page by keyset
// cursor, (c) a `q` search, each timed one request after another, beside pgbench (one client,
// prepared) running the statement query-service's RecordQueries.page builds with jOOQ for the same
// query, as it reaches PostgreSQL (read from pg_stat_activity): the same SELECT list and WHERE, every
// value a parameter, ORDER BY <col> ASC NULLS LAST, id ASC NULLS LAST (the (col, id) index's order),
// 51 rows (one more than the page says whether there is a next). A field is nullable to the query
// even when required (a field added later leaves older records null), so the cursor's seek is the
// first key's range AND (after on it, or null, or equal and after on id): RecordSql.after.
import { must } from '../lib/api.mjs';
import { entityTable, ident, pgbench, recordColumns } from '../lib/postgres.mjs';
import { fmt, sampleLatency } from '../lib/stats.mjs';
import { WORDS } from './large-entity.mjs';

const LIMIT = 50;
const PAGE = 100;
const QTY_FROM = 500_000;
const SEARCH = `w${Math.floor(WORDS / 3)}x`;

const firstPagePath = (entity) => `/api/entities/${entity.id}/records?filter[qty][gte]=${QTY_FROM}&sort=price&limit=${LIMIT}`;

/** Follows page.next PAGE - 1 times: the cursor of page PAGE and the last record before it. */
async function cursorOfPage(entity) {
  let page = await must('GET', firstPagePath(entity), undefined, 200);
  for (let n = 2; n < PAGE; n++) {
    if (!page.page.next) throw new Error(`list: only ${n - 1} pages of ${LIMIT}; import more rows`);
    page = await must('GET', `${firstPagePath(entity)}&cursor=${page.page.next}`, undefined, 200);
  }
  return { cursor: page.page.next, last: page.data.at(-1) };
}

function queries(entity, { cursor, last }) {
  const select = `SELECT ${recordColumns(entity)} FROM ${entityTable(entity)}`;
  const price = ident(entity.columns.price);
  const qty = ident(entity.columns.qty);
  const page = 'OFFSET :off ROWS FETCH NEXT :lim ROWS ONLY';
  const byPrice = `ORDER BY ${price} ASC NULLS LAST, id ASC NULLS LAST ${page}`;
  const texts = [entity.columns.title, entity.columns.category].map((column) => `${ident(column)} ILIKE :q ESCAPE '\\'`);
  const common = `\\set lim ${LIMIT + 1}\n\\set off 0\n`;
  return [
    {
      name: `first page of ${LIMIT}, filter qty ≥ ${QTY_FROM}, sort price`,
      path: firstPagePath(entity),
      sql: `${common}\\set qty ${QTY_FROM}\n${select} WHERE (deleted = false AND ${qty} >= :qty) ${byPrice};`,
    },
    {
      name: `page ${PAGE} by keyset cursor, same filter and sort`,
      path: `${firstPagePath(entity)}&cursor=${cursor}`,
      sql: `${common}\\set qty ${QTY_FROM}\n${select} WHERE (deleted = false AND ${qty} >= :qty AND ${price} >= :p::numeric AND (${price} > :p::numeric OR ${price} IS NULL OR (${price} = :p::numeric AND id > CAST(:id AS uuid)))) ${byPrice};`,
      defines: { p: last.price, id: last.id },
    },
    {
      name: `q=${SEARCH} (1 in ${WORDS} titles), default order`,
      path: `/api/entities/${entity.id}/records?q=${SEARCH}&limit=${LIMIT}`,
      sql: `${common}${select} WHERE (deleted = false AND (${texts.join(' OR ')})) ORDER BY created_at ASC NULLS LAST, id ASC NULLS LAST ${page};`,
      defines: { q: `%${SEARCH}%` },
    },
  ];
}

async function measure(ctx, query) {
  const metabuilder = await sampleLatency(() => must('GET', query.path, undefined, 200), ctx.config.listSamples);
  const raw = pgbench(ctx.platformUrl, { scripts: [query.sql], transactions: ctx.config.listSamples, defines: query.defines });
  return { ...query, metabuilder, raw };
}

export async function list(ctx) {
  const entity = await ctx.largeEntity();
  console.error(`list: following ${PAGE - 1} cursors, then ${ctx.config.listSamples} samples of each query ...`);
  const results = [];
  for (const query of queries(entity, await cursorOfPage(entity))) results.push(await measure(ctx, query));
  return {
    details: results,
    rows: results.map(({ name, metabuilder: mb, raw }) => ({
      workload: `list: ${name}`,
      metabuilder: `p50 ${fmt(mb.p50)} ms, p95 ${fmt(mb.p95)} ms`,
      raw: `p50 ${fmt(raw.p50, 2)} ms, p95 ${fmt(raw.p95, 2)} ms`,
      ratio: mb.p95 / raw.p95,
      target: 'p95 ≤ 2× raw',
      met: mb.p95 <= 2 * raw.p95,
      notes: `n=${mb.n}, one request at a time; ratio of the p95s`,
    })),
  };
}
