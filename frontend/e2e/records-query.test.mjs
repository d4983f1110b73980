import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe } from 'node:test';
import { apiSession } from './api.mjs';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  assertPlatformUp,
  journeySteps,
  openBrowser,
} from './browser.mjs';
import { LANGUAGES, translator } from './i18n.mjs';

const BROWSER_LOCALE = { en: 'en-US', es: 'es-ES' };
const STATUSES = ['draft', 'active', 'retired'];
const stamp = Date.now().toString(36);
const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

/**
 * The seed: 30 items whose quantities repeat (so a second sort key matters), and one record
 * with every value empty, which sorts last ascending (API.md: nulls last).
 * @returns {{name: string, qty: number | null, price: string | null, status: string | null, in_stock: boolean | null, attributes: unknown}[]}
 */
function seed() {
  const items = Array.from({ length: 30 }, (_, index) => {
    const i = index + 1;
    return {
      name: `Item ${pad(i)}`,
      qty: i % 7,
      price: `${i}.50`,
      status: STATUSES[i % 3] ?? null,
      in_stock: i % 2 === 0,
      attributes: { n: i },
    };
  });
  return [
    ...items,
    { name: 'Nothing', qty: null, price: null, status: null, in_stock: null, attributes: null },
  ];
}

const SEED = seed();
/** The filters the journey builds: qty ≥ 5 and status one of draft, active. */
const FILTERED = SEED.filter(
  (r) => r.qty !== null && r.qty >= 5 && ['draft', 'active'].includes(r.status ?? ''),
);
/** …and then the search "item 1" (q is case-insensitive, over text and enum fields). */
const SEARCHED = FILTERED.filter((r) => r.name.toLowerCase().includes('item 1'));

for (const language of LANGUAGES) {
  const t = translator(language);

  describe(`the records grid's view in ${language}: server sort, filters, search, keyset paging, export, import`, () => {
    /** @type {Awaited<ReturnType<typeof openBrowser>>} */
    let browser;
    /** @type {import('playwright-core').Page} */
    let page;
    /** @type {Awaited<ReturnType<typeof apiSession>>} */
    let api;
    const entityName = `rq_${stamp}_${language}`;
    /** @type {string} */
    let entityId;

    before(async () => {
      await assertPlatformUp();
      api = await apiSession();
      entityId = (await api.call('POST', '/entities', { name: entityName })).id;
      const fields = [
        { name: 'name', type: 'TEXT', displayName: 'Name', required: true },
        { name: 'qty', type: 'INTEGER', displayName: 'Qty' },
        { name: 'price', type: 'DECIMAL', displayName: 'Price', precision: 10, scale: 2 },
        { name: 'status', type: 'ENUM', displayName: 'Status', options: STATUSES },
        { name: 'in_stock', type: 'BOOLEAN', displayName: 'In stock' },
        { name: 'attributes', type: 'JSON', displayName: 'Attributes' },
      ];
      for (const field of fields) await api.call('POST', `/entities/${entityId}/fields`, field);
      for (const record of SEED) {
        const body = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null));
        await api.call('POST', `/entities/${entityId}/records`, body);
      }
      browser = await openBrowser({
        locale: BROWSER_LOCALE[language],
        prefix: `query-${language}`,
      });
      page = browser.page;
    });

    after(async () => {
      if (browser?.problems.length)
        console.log(`# browser problems:\n# ${browser.problems.join('\n# ')}`);
      if (browser) await browser.writeReport('axe', browser.axeRuns);
      await browser?.close();
    });

    const step = journeySteps(language, () => browser);
    const label = (/** @type {string} */ text) => page.getByLabel(text, { exact: true });
    const button = (/** @type {string} */ name) => page.getByRole('button', { name, exact: true });
    const grid = () =>
      page.getByRole('grid', { name: t('records.gridLabel', { name: entityName }) });
    const rowCount = async () => Number(await grid().getAttribute('aria-rowcount'));
    const header = (/** @type {string} */ name) =>
      grid().getByRole('columnheader', { name: new RegExp(`^${name}\\b`) });
    /** Waits until a rendered cell shows the text: the server answers a new view asynchronously. */
    const waitForCell = (
      /** @type {number} */ row,
      /** @type {number} */ col,
      /** @type {string} */ text,
    ) =>
      page.waitForFunction(
        ([r, c, expected]) =>
          document.querySelector(`[data-row="${r}"] [data-col="${c}"]`)?.textContent === expected &&
          !document.querySelector('[role="grid"][aria-busy="true"]'),
        /** @type {const} */ ([row, col, text]),
      );
    const shown = (/** @type {number} */ count) =>
      page.getByText(t('records.shown', { count }), { exact: true }).waitFor();
    const listCalls = () =>
      browser.apiCalls.filter(
        (call) => call.method === 'GET' && call.path === `/api/entities/${entityId}/records`,
      );
    const condition = (/** @type {number} */ number) =>
      page.getByRole('group', { name: t('filters.condition', { number }) });
    const optionValues = (/** @type {import('playwright-core').Locator} */ select) =>
      select
        .locator('option')
        .evaluateAll((options) =>
          options.map((option) => /** @type {HTMLOptionElement} */ (option).value),
        );

    step('logged-in', async () => {
      await page.goto('/');
      await page.waitForURL('**/login');
      await label(t('login.email')).fill(ADMIN_EMAIL);
      await label(t('login.password')).fill(ADMIN_PASSWORD);
      await button(t('login.submit')).click();
      await page.getByRole('heading', { name: t('entities.title'), level: 1 }).waitFor();
    });

    step('first-keyset-page', async () => {
      // Written outside the page, which cannot ask to wait for them: poll.
      for (let attempt = 0; attempt < 20; attempt++) {
        await page.goto(`/entities/${entityId}/records`);
        await grid().waitFor();
        if (await button(t('records.loadMore')).isVisible()) break;
        await page.waitForTimeout(500);
      }
      assert.equal(await rowCount(), 26, 'a page of 25 plus the header row');
      await waitForCell(0, 0, 'Item 01');
    });

    step('sort-on-server-with-secondary-key', async () => {
      await header('Qty').getByRole('button').click();
      await page.waitForURL(/[?&]sort=qty(&|$)/);
      await waitForCell(0, 1, '0');
      assert.equal(await header('Qty').getAttribute('aria-sort'), 'ascending');
      await header('Name')
        .getByRole('button')
        .click({ modifiers: ['Shift'] });
      await page.waitForURL(/[?&]sort=qty%2Cname(&|$)/);
      // qty 0 are items 7, 14, 21, 28: the second key puts them in name order.
      await waitForCell(0, 0, 'Item 07');
      await waitForCell(1, 0, 'Item 14');
      assert.ok(
        listCalls().some((call) => new URLSearchParams(call.search).get('sort') === 'qty,name'),
        'the server was asked for sort=qty,name',
      );
      assert.equal(await header('Name').getAttribute('aria-sort'), 'none', 'one aria-sort only');
      // From the keyboard: Shift+Enter on a heading adds a key, and cycles it ascending, descending, off.
      /** The URL changes first; the headings render the new order in a transition after it. */
      const summaryIs = (/** @type {string} */ text) =>
        page.waitForFunction(
          (expected) => document.querySelector('.sort-summary span')?.textContent === expected,
          t('records.sortedBy', { keys: text }),
        );
      const then = t('records.sortThen');
      await header('Price').getByRole('button').focus();
      await page.keyboard.press('Shift+Enter');
      await page.waitForURL(/[?&]sort=qty%2Cname%2Cprice(&|$)/);
      await summaryIs(`Qty ↑${then}Name ↑${then}Price ↑`);
      await page.keyboard.press('Shift+Enter');
      await page.waitForURL(/[?&]sort=qty%2Cname%2C-price(&|$)/);
      await summaryIs(`Qty ↑${then}Name ↑${then}Price ↓`);
      await page.keyboard.press('Shift+Enter');
      await page.waitForURL(/[?&]sort=qty%2Cname(&|$)/);
      await summaryIs(`Qty ↑${then}Name ↑`);
      await waitForCell(0, 0, 'Item 07');
      const summary = (await page.locator('.sort-summary').textContent()) ?? '';
      assert.ok(summary.includes('Qty ↑') && summary.includes('Name ↑'), summary);
      assert.equal(await header('Attributes').getByRole('button').count(), 0, 'JSON has no order');
    });

    step('load-more-follows-the-cursor', async () => {
      await button(t('records.loadMore')).click();
      await shown(SEED.length);
      assert.equal(await rowCount(), SEED.length + 1);
      assert.equal(await button(t('records.loadMore')).count(), 0);
      const next = listCalls().at(-1);
      const params = new URLSearchParams(next?.search ?? '');
      assert.ok(params.get('cursor'), 'the second page was asked for by cursor');
      assert.equal(params.get('sort'), 'qty,name', 'with the same sort');
      await page.evaluate(() => {
        const scroller = document.querySelector('[data-testid="grid-scroll"]');
        if (scroller) scroller.scrollTop = scroller.scrollHeight;
      });
      await waitForCell(SEED.length - 1, 0, 'Nothing');
    });

    step('view-survives-reload', async () => {
      await page.reload();
      await grid().waitFor();
      await waitForCell(0, 0, 'Item 07');
      assert.equal(await header('Qty').getAttribute('aria-sort'), 'ascending');
      assert.match(page.url(), /sort=qty%2Cname/);
    });

    step('filter-builder-per-field-type', async () => {
      await page.locator('summary', { hasText: t('filters.title') }).click();
      await button(t('filters.add')).click();
      await condition(1).getByLabel(t('filters.field')).selectOption({ label: 'Qty' });
      assert.deepEqual(await optionValues(condition(1).getByLabel(t('filters.operator'))), [
        'eq',
        'ne',
        'gt',
        'gte',
        'lt',
        'lte',
        'in',
        'isNull',
      ]);
      await condition(1).getByLabel(t('filters.operator')).selectOption('gte');
      assert.equal(
        await condition(1).getByLabel(t('filters.value')).getAttribute('type'),
        'number',
      );
      await condition(1).getByLabel(t('filters.value')).fill('5');

      await button(t('filters.add')).click();
      await condition(2).getByLabel(t('filters.field')).selectOption({ label: 'Attributes' });
      assert.deepEqual(await optionValues(condition(2).getByLabel(t('filters.operator'))), [
        'isNull',
      ]);
      await condition(2).getByLabel(t('filters.field')).selectOption({ label: 'Name' });
      assert.deepEqual(await optionValues(condition(2).getByLabel(t('filters.operator'))), [
        'contains',
        'startsWith',
        'eq',
        'ne',
        'in',
        'isNull',
      ]);
      await condition(2).getByLabel(t('filters.field')).selectOption({ label: 'Status' });
      assert.deepEqual(await optionValues(condition(2).getByLabel(t('filters.operator'))), [
        'eq',
        'ne',
        'in',
        'isNull',
      ]);
      await condition(2).getByLabel(t('filters.operator')).selectOption('in');
      await condition(2).getByLabel(t('filters.value')).fill('draft\nactive');
      await browser.phone('filter-builder');
      await button(t('filters.apply')).click();
      await page.waitForURL(/filter%5Bqty%5D%5Bgte%5D=5/);
      await shown(FILTERED.length);
      const call = listCalls().at(-1);
      const params = new URLSearchParams(call?.search ?? '');
      assert.equal(params.get('filter[qty][gte]'), '5');
      assert.equal(params.get('filter[status][in]'), 'draft,active');
      assert.equal(call?.status, 200);
      await waitForCell(
        0,
        0,
        FILTERED.toSorted((a, b) => (a.qty ?? 0) - (b.qty ?? 0) || a.name.localeCompare(b.name))[0]
          ?.name ?? '',
      );
    });

    step('search-box-sends-q', async () => {
      await page.getByRole('searchbox', { name: t('records.search') }).fill('item 1');
      await page.waitForURL(/[?&]q=item\+1/);
      await shown(SEARCHED.length);
      const params = new URLSearchParams(listCalls().at(-1)?.search ?? '');
      assert.equal(params.get('q'), 'item 1');
      assert.equal(params.get('filter[qty][gte]'), '5', 'the search keeps the filters');
    });

    step('filtered-view-survives-reload', async () => {
      await page.reload();
      await grid().waitFor();
      await shown(SEARCHED.length);
      assert.equal(
        await page.getByRole('searchbox', { name: t('records.search') }).inputValue(),
        'item 1',
      );
      await page.getByRole('group', { name: t('filters.condition', { number: 2 }) }).waitFor();
      await browser.phone('filtered-grid');
    });

    step('export-of-the-current-view', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        button(t('export.csv')).click(),
      ]);
      const text = await readFile(/** @type {string} */ (await download.path()), 'utf8');
      const lines = text.trim().split(/\r?\n/);
      assert.match(lines[0] ?? '', /^id,name,qty,price,status,in_stock,attributes/);
      assert.equal(lines.length, SEARCHED.length + 1, 'the header and every matching record');
      for (const record of SEARCHED) assert.ok(text.includes(record.name), record.name);
      const call = browser.apiCalls.find((c) => c.path.endsWith('/records/export'));
      const params = new URLSearchParams(call?.search ?? '');
      assert.equal(params.get('format'), 'csv');
      assert.equal(params.get('q'), 'item 1');
      assert.equal(params.get('sort'), 'qty,name');
      assert.equal(params.get('limit'), null, 'every record, not a page');
      await page.getByText(t('export.done')).waitFor();
    });

    step('no-match-and-clear', async () => {
      await page.getByRole('searchbox', { name: t('records.search') }).fill('no such thing');
      await page.getByText(t('records.noMatch')).waitFor();
      await button(t('records.clearView')).click();
      await grid().waitFor();
      await shown(25);
      assert.doesNotMatch(page.url(), /filter|q=/);
    });

    step('import-csv-keeping-good-rows', async () => {
      await button(t('import.open')).click();
      const csv = 'name,qty,price\nCsv A,1,1.50\nCsv B,2,2.50\nCsv C,3,\nCsv D,abc,4.00\n';
      await label(t('import.file')).setInputFiles({
        name: 'items.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
      await label(t('import.atomic')).uncheck();
      await page.evaluate(() => {
        const seen = /** @type {{ progress?: boolean }} */ (window);
        new MutationObserver(() => {
          if (document.querySelector('.upload-progress progress')) seen.progress = true;
        }).observe(document.body, { childList: true, subtree: true });
      });
      await button(t('import.submit')).click();
      await page.getByText(t('import.created', { count: 3 }), { exact: false }).waitFor();
      assert.ok(
        await page.evaluate(() => /** @type {{ progress?: boolean }} */ (window).progress),
        'a progress bar was shown while the file went up and was written',
      );
      const table = page.getByRole('table', { name: t('import.errorsTitle') });
      const rows = await table.getByRole('row').allTextContents();
      assert.equal(rows.length, 2, 'a header and the one refused row');
      assert.match(rows[1] ?? '', /^4qty/);
      const call = browser.apiCalls.find((c) => c.path.endsWith('/records/import'));
      assert.equal(new URLSearchParams(call?.search ?? '').get('atomic'), 'false');
      await browser.phone('import-errors');
    });

    step('import-atomic-refused-whole', async () => {
      const before = (await api.call('GET', `/entities/${entityId}/records?limit=1000`)).data
        .length;
      await label(t('import.atomic')).check();
      await label(t('import.file')).setInputFiles({
        name: 'more.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('name,qty\nGood,1\nBad,not-a-number\n'),
      });
      await button(t('import.submit')).click();
      await page
        .getByRole('alert')
        .filter({ hasText: t('import.refused', { count: 1 }) })
        .waitFor();
      const rows = await page
        .getByRole('table', { name: t('import.errorsTitle') })
        .getByRole('row')
        .allTextContents();
      assert.match(rows[1] ?? '', /^2qty/);
      const now = (await api.call('GET', `/entities/${entityId}/records?limit=1000`)).data.length;
      assert.equal(now, before, 'nothing was written');
    });

    step('import-json-array', async () => {
      await label(t('import.file')).setInputFiles({
        name: 'items.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify([
            { name: 'Json A', qty: 1 },
            { name: 'Json B', status: 'draft' },
          ]),
        ),
      });
      await button(t('import.submit')).click();
      await page.getByText(t('import.created', { count: 2 }), { exact: false }).waitFor();
      await page.getByRole('searchbox', { name: t('records.search') }).fill('json');
      await shown(2);
    });
  });
}
