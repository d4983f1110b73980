import assert from 'node:assert/strict';
import { loadavg } from 'node:os';
import { after, before, describe, test } from 'node:test';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  BASE_URL,
  assertPlatformUp,
  openBrowser,
} from './browser.mjs';
import { translator } from './i18n.mjs';

const RECORDS = 1000;
const PARALLEL = 8;
const stamp = Date.now().toString(36);
const t = translator('en');

/** @type {string} */
let token;

/**
 * @param {string} path
 * @param {unknown} body
 */
async function post(path, body) {
  const response = await fetch(`${BASE_URL}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${path}: ${response.status} ${text}`);
  return JSON.parse(text);
}

/** Runs `work` for 0..count-1 with at most `parallel` at a time. */
async function inParallel(
  /** @type {number} */ count,
  /** @type {number} */ parallel,
  /** @type {(i: number) => Promise<unknown>} */ work,
) {
  let next = 0;
  const worker = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** @param {number[]} values @param {number} q */
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

describe(`a grid of ${RECORDS} records`, () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser;
  const categoryNames = ['Hardware', 'Garden', 'Kitchen', 'Toys', 'Books'];
  /** @type {string} */
  let itemEntity;

  before(async () => {
    await assertPlatformUp();
    const login = await fetch(`${BASE_URL}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    token = (await login.json()).access_token;
    const category = await post('/entities', { name: `perf_category_${stamp}` });
    await post(`/entities/${category.id}/fields`, { name: 'name', type: 'TEXT', required: true });
    const item = await post('/entities', { name: `perf_item_${stamp}`, displayName: 'Items' });
    itemEntity = item.id;
    const fields = [
      { name: 'title', type: 'TEXT', required: true },
      { name: 'price', type: 'DECIMAL' },
      { name: 'qty', type: 'INTEGER' },
      { name: 'active', type: 'BOOLEAN' },
      { name: 'released', type: 'DATE' },
      { name: 'status', type: 'ENUM', options: ['draft', 'active', 'retired'] },
      { name: 'category', type: 'REFERENCE', reference: category.id },
      { name: 'meta', type: 'JSON' },
    ];
    for (const field of fields) await post(`/entities/${item.id}/fields`, field);
    /** @type {{id: string}[]} */
    const categories = [];
    for (const name of categoryNames)
      categories.push(await post(`/entities/${category.id}/records`, { name }));
    const started = Date.now();
    await inParallel(RECORDS, PARALLEL, (i) =>
      post(`/entities/${item.id}/records`, {
        title: `Item ${String(i).padStart(4, '0')}`,
        price: `${i}.${String(i % 100).padStart(2, '0')}5`,
        qty: i * 7,
        active: i % 3 === 0,
        released: `2026-0${(i % 9) + 1}-1${i % 10}`,
        status: ['draft', 'active', 'retired'][i % 3],
        category: categories[i % categories.length].id,
        meta: { n: i, tags: ['a', 'b'] },
      }),
    );
    console.log(`# created ${RECORDS} records in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    browser = await openBrowser({ locale: 'en-US', prefix: 'grid' });
  });

  after(async () => {
    if (browser?.problems.length)
      console.log(`# browser problems:\n# ${browser.problems.join('\n# ')}`);
    await browser?.close();
  });

  test('loads them in one page, shows references by label and scrolls without dropped frames', async () => {
    const { page } = browser;
    await page.goto('/login');
    await page.getByLabel(t('login.email'), { exact: true }).fill(ADMIN_EMAIL);
    await page.getByLabel(t('login.password'), { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: t('login.submit'), exact: true }).click();
    await page.getByRole('heading', { name: t('entities.title'), level: 1 }).waitFor();

    const grid = page.getByRole('grid', {
      name: t('records.gridLabel', { name: `perf_item_${stamp}` }),
    });
    // Written outside the page: poll until the read model has every record.
    let rows = 0;
    const loadStarted = Date.now();
    for (let attempt = 0; attempt < 30 && rows !== RECORDS + 1; attempt++) {
      await page.goto(`/entities/${itemEntity}/records?limit=${RECORDS}`);
      await grid.waitFor({ timeout: 30_000 });
      rows = Number(await grid.getAttribute('aria-rowcount'));
      if (rows !== RECORDS + 1) await page.waitForTimeout(1000);
    }
    assert.equal(rows, RECORDS + 1, 'all records are in the grid (plus the header row)');
    console.log(`# grid of ${RECORDS} rows shown ${Date.now() - loadStarted} ms after navigation`);
    const rendered = await grid.locator('[role="row"][data-row]').count();
    assert.ok(rendered < 80, `only the rows in view are in the DOM (${rendered})`);

    // The row's reference is shown by the category's label, linked to that record.
    const links = grid.locator('[data-row="0"]').getByRole('link');
    await links.first().waitFor();
    await page.waitForFunction(
      (names) =>
        Array.from(document.querySelectorAll('[data-row="0"] a')).some((a) =>
          names.includes(a.textContent ?? ''),
        ),
      categoryNames,
    );
    const category = grid
      .locator('[data-row="0"]')
      .getByRole('link', { name: new RegExp(`^(${categoryNames.join('|')})$`) });
    assert.match((await category.getAttribute('href')) ?? '', /\/records\/[0-9a-f-]{36}$/);
    await browser.checkA11y('grid-1000');
    await browser.screenshot('1000-rows-top');

    const frames = await page.evaluate(async () => {
      const scroller = /** @type {HTMLElement} */ (
        document.querySelector('[data-testid="grid-scroll"]')
      );
      const max = scroller.scrollHeight - scroller.clientHeight;
      const perFrame = max / 240;
      /** @type {number[]} */
      const deltas = [];
      await new Promise((resolve) => {
        let last = performance.now();
        let down = true;
        const tick = (/** @type {number} */ now) => {
          deltas.push(now - last);
          last = now;
          scroller.scrollTop += down ? perFrame : -perFrame;
          if (down && scroller.scrollTop >= max - 1) down = false;
          if (!down && scroller.scrollTop <= 0) return resolve(undefined);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      return { deltas: deltas.slice(1), max };
    });
    const { deltas } = frames;
    const stats = {
      frames: deltas.length,
      scrolledPx: Math.round(frames.max * 2),
      p50: Number(quantile(deltas, 0.5).toFixed(1)),
      p95: Number(quantile(deltas, 0.95).toFixed(1)),
      max: Number(Math.max(...deltas).toFixed(1)),
      over50ms: deltas.filter((delta) => delta > 50).length,
    };
    console.log(
      `# frame times over ${stats.frames} frames (${stats.scrolledPx}px down and up): ` +
        `p50 ${stats.p50} ms, p95 ${stats.p95} ms, max ${stats.max} ms, ${stats.over50ms} over 50 ms` +
        ` (load average ${loadavg()[0].toFixed(1)} on this machine)`,
    );
    await browser.writeReport('frame-times', stats);
    // Lenient bounds: the machine is shared and noisy (load is printed); the numbers are the report.
    assert.ok(stats.p50 < 50, `median frame time ${stats.p50} ms`);
    assert.ok(stats.p95 < 200, `p95 frame time ${stats.p95} ms`);
    assert.ok(stats.over50ms <= stats.frames * 0.25, `${stats.over50ms} frames over 50 ms`);

    await grid.locator('[role="gridcell"]').first().waitFor();
    await page.evaluate(() => {
      const scroller = /** @type {HTMLElement} */ (
        document.querySelector('[data-testid="grid-scroll"]')
      );
      scroller.scrollTop = scroller.scrollHeight;
    });
    await grid.locator(`[data-row="${RECORDS - 1}"]`).waitFor();
    await browser.screenshot('1000-rows-bottom');

    const price = grid.getByRole('columnheader', { name: 'price' });
    const sortStarted = Date.now();
    await price.getByRole('button').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[role="columnheader"][aria-sort="ascending"]') &&
        !document.querySelector('[role="grid"][aria-busy="true"]'),
    );
    console.log(
      `# ${RECORDS} rows sorted by an exact decimal on the server and shown in ${Date.now() - sortStarted} ms`,
    );
    await browser.phone('grid-1000');
  });
});
