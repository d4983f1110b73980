// The large entity the import seeds and list, export and replay read: its fields and its rows.
import { describeEntity, listEntities } from '../lib/api.mjs';

export const WORDS = 50;
const PLACED_FROM = Date.UTC(2025, 0, 1);
const CATEGORIES = ['alpha', 'beta', 'gamma', 'delta'];

// Every field required, so every record has a value to filter, sort and search on.
export const LARGE_FIELDS = [
  { name: 'title', type: 'TEXT', required: true, maxLength: 120 },
  { name: 'qty', type: 'INTEGER', required: true },
  { name: 'price', type: 'DECIMAL', required: true },
  { name: 'placed_at', type: 'DATETIME', required: true },
  { name: 'category', type: 'ENUM', required: true, options: CATEGORIES },
];

export const CSV_HEADER = LARGE_FIELDS.map((field) => field.name).join(',');

/** Row i (from 0): qty spread over 0–999 999, a word w<k>x in 1 of WORDS titles each, one placed_at a second. */
export function csvRow(i) {
  const qty = (i * 7919) % 1_000_000;
  const price = `${(i * 31) % 100_000}.${String(i % 100).padStart(2, '0')}`;
  const placedAt = new Date(PLACED_FROM + i * 1000).toISOString();
  return `item ${i} w${i % WORDS}x,${qty},${price},${placedAt},${CATEGORIES[i % CATEGORIES.length]}`;
}

export const largeEntityPrefix = (rows) => `bench_large_${rows}_`;

/** The newest large entity of `rows` rows a previous run imported (names carry the row count). */
export async function existingLargeEntity(rows) {
  const prefix = largeEntityPrefix(rows);
  const found = (await listEntities()).filter((entity) => entity.name.startsWith(prefix)).sort((a, b) => (a.name < b.name ? 1 : -1));
  return found.length ? describeEntity(found[0].id) : undefined;
}
