import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  BASE_URL,
  assertPlatformUp,
  journeySteps,
  openBrowser,
} from './browser.mjs';
import { LANGUAGES, prefixPattern, translator } from './i18n.mjs';

const BROWSER_LOCALE = { en: 'en-US', es: 'es-ES' };

/**
 * Fields added through the UI, one of each kind of input, with the rules each type allows:
 * `check` ticks checkboxes, `fill` types into inputs, `select` chooses options, each input
 * found by its label's catalog key so the journey reads the same in every language.
 * @param {string} entityName
 * @returns {{name: string, type: string, label: string, check?: string[],
 *   fill?: Record<string, string>, select?: Record<string, string>}[]}
 */
const fieldsFor = (entityName) => [
  {
    name: 'title',
    type: 'TEXT',
    label: 'Title',
    check: ['addField.required', 'addField.unique'],
    fill: { 'addField.maxLength': '20' },
  },
  {
    name: 'qty',
    type: 'INTEGER',
    label: 'Quantity',
    fill: { 'addField.minimum': '0', 'addField.maximum': '500' },
  },
  {
    name: 'price',
    type: 'DECIMAL',
    label: 'Price',
    fill: { 'addField.precision': '10', 'addField.scale': '3' },
  },
  { name: 'in_stock', type: 'BOOLEAN', label: 'In stock' },
  { name: 'released', type: 'DATE', label: 'Released' },
  { name: 'arrives_at', type: 'DATETIME', label: 'Arrives at' },
  {
    name: 'status',
    type: 'ENUM',
    label: 'Status',
    fill: { 'addField.options': 'draft\nactive\nretired', 'addField.defaultValue': 'draft' },
  },
  { name: 'attributes', type: 'JSON', label: 'Attributes' },
  {
    name: 'parent',
    type: 'REFERENCE',
    label: 'Parent',
    select: { 'addField.reference': entityName },
  },
];

for (const language of LANGUAGES) {
  const t = translator(language);
  const other = language === 'en' ? 'es' : 'en';
  const entityName = `e2e_${language}_product_${Date.now().toString(36)}`;
  const entityLabel = `Product ${language} ${entityName.slice(-6)}`;
  const FIELDS = fieldsFor(entityName);

  describe(`walking skeleton in ${language}: log in, design an entity, fill its form, see the record`, () => {
    /** @type {Awaited<ReturnType<typeof openBrowser>>} */
    let browser;
    /** @type {import('playwright-core').Page} */
    let page;

    before(async () => {
      await assertPlatformUp();
      browser = await openBrowser({ locale: BROWSER_LOCALE[language], prefix: language });
      page = browser.page;
    });

    after(async () => {
      if (browser?.problems.length)
        console.log(`# browser problems:\n# ${browser.problems.join('\n# ')}`);
      if (browser) {
        const checked = browser.axeRuns.length;
        const found = browser.axeRuns.reduce((sum, run) => sum + run.violations - run.blocking, 0);
        console.log(
          `# axe (${language}): ${checked} screens checked, ${found} minor/moderate findings, 0 serious or critical`,
        );
        await browser.writeReport('axe', browser.axeRuns);
      }
      await browser?.close();
    });

    const step = journeySteps(language, () => browser);

    /** Every read after a command asks the read model for at least that command's position. */
    function assertReadsWaitForWrites(/** @type {string} */ prefix) {
      const calls = browser.apiCalls.filter((call) => call.path.startsWith(prefix));
      const write = calls.findLast((call) => call.method === 'POST' && call.position !== null);
      assert.ok(write, 'a command was sent');
      const reads = calls.slice(calls.indexOf(write) + 1).filter((call) => call.method === 'GET');
      assert.ok(reads.length > 0, 'a read followed the command');
      for (const read of reads) {
        assert.ok(
          (read.minPosition ?? 0) >= (write.position ?? 0),
          `${read.path} waits for writes`,
        );
      }
    }

    /** Waits for the input to be marked invalid and returns the error text wired to it. */
    async function fieldError(/** @type {string} */ text) {
      const input = label(text);
      await page.waitForFunction(
        (/** @type {Element | null} */ element) => element?.getAttribute('aria-invalid') === 'true',
        await input.elementHandle(),
      );
      const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ');
      return page.locator(`[id="${ids.at(-1)}"]`).textContent();
    }

    const label = (/** @type {string} */ text) => page.getByLabel(text, { exact: true });
    const button = (/** @type {string} */ name) => page.getByRole('button', { name, exact: true });
    const grid = () =>
      page.getByRole('grid', { name: t('records.gridLabel', { name: entityName }) });
    const rowCount = async () => Number(await grid().getAttribute('aria-rowcount'));
    /** The browser's own formatting, which the app must match exactly. */
    const browserDate = (/** @type {string} */ date) =>
      page.evaluate(
        ([value, locale]) =>
          new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
            new Date(`${value}T00:00:00Z`),
          ),
        [date, language],
      );

    step('login-page', async () => {
      await page.goto('/');
      await page.waitForURL('**/login');
      await page.getByRole('heading', { name: t('login.title') }).waitFor();
      assert.equal(
        await page.locator('html').getAttribute('lang'),
        language,
        'follows the browser',
      );
      await browser.phone('login');
    });

    step('wrong-password-refused', async () => {
      await label(t('login.email')).fill(ADMIN_EMAIL);
      await label(t('login.password')).fill('not-the-password');
      await button(t('login.submit')).click();
      await page.getByText(t('login.wrong')).waitFor();
    });

    step('logged-in-entity-list', async () => {
      await label(t('login.password')).fill(ADMIN_PASSWORD);
      await button(t('login.submit')).click();
      await page.getByRole('heading', { name: t('entities.title'), level: 1 }).waitFor();
      await page.getByText(ADMIN_EMAIL).waitFor();
      await browser.phone('entities');
    });

    step('language-switched-and-remembered', async () => {
      const other_t = translator(other);
      await page.getByTestId('language').selectOption(other);
      await page.getByRole('heading', { name: other_t('entities.title'), level: 1 }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: other_t('entities.title'), level: 1 }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), other);
      await page.getByTestId('language').selectOption(language);
      await page.getByRole('heading', { name: t('entities.title'), level: 1 }).waitFor();
    });

    step('entity-name-rules-before-submit', async () => {
      await label(t('createEntity.name')).fill('Bad Name');
      await label(t('createEntity.displayName')).focus();
      await page.getByText(t('names.lowerCase')).waitFor();
      await label(t('createEntity.name')).fill('select');
      await page.getByText(t('names.reserved', { name: 'select' })).waitFor();
    });

    step('entity-created', async () => {
      await label(t('createEntity.name')).fill(entityName);
      await label(t('createEntity.displayName')).fill(entityLabel);
      await button(t('createEntity.submit')).click();
      const heading = page.getByRole('heading', { name: entityLabel, level: 1 });
      await heading.waitFor();
      await page.getByText(t('createEntity.created', { name: entityName })).waitFor();
      assert.equal(await page.getByTestId('schema-version').textContent(), '1');
      await page.getByText(t('fields.empty')).waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      assert.ok((await page.title()).startsWith(entityLabel), 'the tab names the entity');
    });

    step('fields-added', async () => {
      for (const [index, field] of FIELDS.entries()) {
        const { name } = field;
        await label(t('addField.name')).fill(name);
        await label(t('addField.type')).selectOption(field.type);
        await label(t('addField.label')).fill(field.label);
        for (const box of field.check ?? []) await label(t(box)).check();
        for (const [input, value] of Object.entries(field.fill ?? {})) {
          await label(t(input)).fill(value);
        }
        for (const [input, value] of Object.entries(field.select ?? {})) {
          await label(t(input)).selectOption({ label: value });
        }
        await button(t('addField.submit')).click();
        const version = String(index + 2);
        await page.getByText(t('addField.added', { name, version })).waitFor();
        await page.getByRole('cell', { name: new RegExp(`^${name}( |$)`) }).waitFor();
      }
      await page
        .getByTestId('schema-version')
        .getByText(String(FIELDS.length + 1))
        .waitFor();
      await browser.phone('entity');
    });

    step('duplicate-field-name-refused-by-server', async () => {
      await label(t('addField.name')).fill('title');
      await label(t('addField.type')).selectOption('TEXT');
      await button(t('addField.submit')).click();
      assert.ok(await fieldError(t('addField.name')), 'the 409 is shown at the Field name input');
    });

    step('records-empty', async () => {
      await page.getByRole('link', { name: t('entity.openRecords') }).click();
      await page
        .getByRole('heading', { name: t('records.title', { name: entityLabel }) })
        .waitFor();
      await page.getByText(t('records.empty')).waitFor();
      await page.getByText(t('records.emptyHint')).waitFor();
    });

    step('generated-form', async () => {
      await page.getByRole('link', { name: t('records.new') }).click();
      await page
        .getByRole('form', { name: t('recordForm.formLabel', { name: entityName }) })
        .waitFor();
      assert.equal(await label('Quantity').getAttribute('type'), 'number');
      assert.equal(await label('In stock').getAttribute('type'), 'checkbox');
      assert.equal(await label('Released').getAttribute('type'), 'date');
      assert.equal(await label('Arrives at').getAttribute('type'), 'datetime-local');
      assert.equal(await label('Status').inputValue(), 'draft');
      await browser.phone('new-record');
    });

    step('invalid-submit-field-errors', async () => {
      await label('Quantity').fill('501');
      await label('Price').fill('12,50');
      await label('Attributes').fill('{"color": red}');
      await button(t('recordForm.save')).click();
      await page.getByText(t('recordForm.attention')).waitFor();
      await page.getByText(t('validation.required'), { exact: true }).waitFor();
      await page.getByText(t('validation.max', { max: 500 })).waitFor();
      await page.getByText(t('validation.decimal')).waitFor();
      await page.getByText(prefixPattern(t('validation.json'))).waitFor();
      assert.equal(await label('Title').getAttribute('aria-invalid'), 'true');
    });

    step('valid-record-in-grid', async () => {
      await label('Title').fill('Widget');
      await label('Quantity').fill('42');
      await label('Price').fill('19.990');
      await label('In stock').check();
      await label('Released').fill('2026-01-24');
      await label('Arrives at').fill('2026-01-24T10:30:15');
      await label('Status').selectOption('active');
      await label('Attributes').fill('{"color": "red", "sizes": [1, 2]}');
      await button(t('recordForm.save')).click();
      await page.getByText(t('records.saved')).waitFor();
      const row = grid().getByRole('row', { name: /^Widget\b/ });
      await row.waitFor();
      const price = language === 'es' ? '19,990' : '19.990';
      const released = await browserDate('2026-01-24');
      for (const text of ['42', price, t('common.yes'), released, 'active', ADMIN_EMAIL]) {
        await row.getByRole('gridcell', { name: text, exact: true }).waitFor();
      }
      await row.getByRole('gridcell', { name: '{"color":"red","sizes":[1,2]}' }).waitFor();
      assertReadsWaitForWrites(`/api/entities/`);
      await browser.phone('records');
    });

    step('server-error-at-field', async () => {
      await page.getByRole('link', { name: t('records.new') }).click();
      await label('Title').fill('Widget');
      const search = label(t('picker.search', { label: 'Parent' }));
      await search.fill('WIDG');
      await page.getByText(t('picker.count', { count: 1 })).waitFor();
      await search.fill('no such record');
      await page.getByText(t('picker.count', { count: 0 })).waitFor();
      await search.fill('widg');
      const widget = label('Parent').locator('option', { hasText: 'Widget' });
      await label('Parent').selectOption((await widget.getAttribute('value')) ?? '');
      const refused = browser.apiCalls.filter((call) => /[?&]q=/.test(call.search));
      assert.deepEqual(refused, [], 'the picker searches labels in the browser, never by q');
      await button(t('recordForm.save')).click();
      assert.ok(await fieldError('Title'), 'the server error is shown at the Title field');
    });

    step('second-record-with-reference-by-label', async () => {
      await label('Title').fill('Gadget');
      await button(t('recordForm.save')).click();
      await page.getByText(t('records.saved')).waitFor();
      const gadget = grid().getByRole('row', { name: /^Gadget\b/ });
      await gadget.waitFor();
      assert.equal(await rowCount(), 3);
      const parent = gadget.getByRole('link', { name: 'Widget', exact: true });
      await parent.waitFor();
      assert.match((await parent.getAttribute('href')) ?? '', /\/records\/[0-9a-f-]{36}$/);
    });

    step('load-more-pages', async () => {
      const token = await page.evaluate(
        () => JSON.parse(sessionStorage.getItem('metabuilder.session') ?? '{}').token,
      );
      for (let i = 1; i <= 30; i++) {
        const response = await fetch(`${BASE_URL}/api/entities/${entityName}/records`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ title: `Bulk ${String(i).padStart(2, '0')}`, qty: i }),
        });
        assert.equal(response.status, 201, await response.text());
      }
      // These records were written outside the page, so it cannot ask to wait for them: poll.
      for (let attempt = 0; attempt < 20; attempt++) {
        await page.reload();
        await grid().waitFor();
        if (await button(t('records.loadMore')).isVisible()) break;
        await page.waitForTimeout(500);
      }
      assert.equal(await rowCount(), 26);
      await button(t('records.loadMore')).click();
      await page.getByText(t('records.shown', { count: 32 })).waitFor();
      assert.equal(await rowCount(), 33);
      assert.equal(await button(t('records.loadMore')).count(), 0);
    });

    step('grid-sort-hide-resize-keyboard', async () => {
      const header = grid().getByRole('columnheader', { name: 'Quantity' });
      /** The server sorts: waits until a row shows what it answered for the new order. */
      const qtyOfRowIs = (/** @type {number} */ row, /** @type {string} */ text) =>
        page.waitForFunction(
          ([r, expected]) =>
            document.querySelector(`[data-row="${r}"] [data-col="1"]`)?.textContent === expected &&
            !document.querySelector('[role="grid"][aria-busy="true"]'),
          /** @type {const} */ ([row, text]),
        );
      /** Navigations render as transitions: wait for the header to say the new order. */
      const sortIs = (/** @type {string} */ order) =>
        page.waitForFunction(
          ([name, expected]) =>
            Array.from(document.querySelectorAll('[role="columnheader"]')).some(
              (cell) =>
                cell.textContent?.startsWith(name) && cell.getAttribute('aria-sort') === expected,
            ),
          /** @type {const} */ (['Quantity', order]),
        );
      await header.getByRole('button').click();
      await sortIs('ascending');
      await qtyOfRowIs(0, '1');
      await header.getByRole('button').click();
      await sortIs('descending');
      // API.md: nulls first descending, so Gadget (no quantity) comes before Widget's 42.
      await qtyOfRowIs(0, t('records.emptyValue'));
      await qtyOfRowIs(1, '42');
      // A third click removes the sort (a transition too: wait for the header to say so).
      await header.getByRole('button').click();
      await sortIs('none');
      await grid().locator('[data-row="0"] [data-col="0"]').getByText('Widget').waitFor();
      // Each order is its own keyset listing: make sure every record is loaded again.
      if (await button(t('records.loadMore')).isVisible())
        await button(t('records.loadMore')).click();
      await page.getByText(t('records.shown', { count: 32 })).waitFor();

      const resizer = page.getByRole('separator', {
        name: t('records.resize', { name: 'Quantity' }),
      });
      const before = Number(await resizer.getAttribute('aria-valuenow'));
      await resizer.focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(Number(await resizer.getAttribute('aria-valuenow')), before + 16);

      await page.locator('summary', { hasText: t('records.columns') }).click();
      await page.getByRole('checkbox', { name: 'Attributes' }).uncheck();
      assert.equal(await grid().getByRole('columnheader', { name: 'Attributes' }).count(), 0);
      await page.locator('summary', { hasText: t('records.columns') }).click();

      await grid().locator('[data-row="0"] [data-col="0"]').focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      const focused = await page.evaluate(() => ({
        row: document.activeElement?.closest('[data-row]')?.getAttribute('data-row'),
        col: document.activeElement?.getAttribute('data-col'),
      }));
      assert.deepEqual(focused, { row: '1', col: '1' });
      await page.keyboard.press('Control+End');
      // The last row is rendered on demand, a frame or two after the key press: wait for focus to land.
      const focusedRow = () =>
        document.activeElement?.closest('[data-row]')?.getAttribute('data-row');
      await page
        .waitForFunction(`(${focusedRow})() === '31'`, null, { timeout: 5000 })
        .catch(() => {});
      const last = await page.evaluate(focusedRow);
      assert.equal(last, '31', 'Ctrl+End reaches the last loaded row, rendered on demand');
    });

    step('record-page-by-label', async () => {
      // Tab brings a keyboard user back to the grid's one tab stop, wherever it was left.
      await grid().locator('[role="gridcell"][tabindex="0"]').focus();
      await page.keyboard.press('Control+Home');
      await grid().locator('[data-row="0"] [data-col="0"]').waitFor();
      assert.equal(
        await page.evaluate(() =>
          document.activeElement?.closest('[data-row]')?.getAttribute('data-row'),
        ),
        '0',
        'Ctrl+Home returns to the first row',
      );
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Widget', level: 1 }).waitFor();
      assert.ok((await page.title()).startsWith('Widget'), 'the tab names the record by its label');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      await browser.phone('record');
    });

    step('delete-needs-confirmation', async () => {
      await page.goBack();
      await grid()
        .getByRole('row', { name: /^Gadget\b/ })
        .getByRole('link', { name: 'Gadget', exact: true })
        .click();
      await page.getByRole('heading', { name: 'Gadget', level: 1 }).waitFor();
      const remove = button(t('record.delete'));
      await remove.click();
      const dialog = page.getByRole('dialog', { name: t('record.confirmTitle') });
      await dialog.waitFor();
      assert.equal(
        await page.evaluate(() => document.activeElement?.textContent),
        t('common.cancel'),
        'focus starts on the safe choice',
      );
      await browser.checkA11y('delete-dialog');
      await browser.screenshot('delete-dialog');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { name: 'Gadget', level: 1 }).waitFor();
      const deletes = () => browser.apiCalls.filter((call) => call.method === 'DELETE');
      assert.equal(deletes().length, 0, 'nothing is deleted without confirmation');
      await remove.click();
      const answered = page.waitForResponse((response) => response.request().method() === 'DELETE');
      await dialog.getByRole('button', { name: t('record.confirm'), exact: true }).click();
      assert.equal((await answered).status(), 204, 'the record is deleted');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      await page.getByText(t('record.deleted', { label: 'Gadget' })).waitFor();
      await grid()
        .getByRole('row', { name: /^Widget\b/ })
        .waitFor();
      assert.equal(
        await grid()
          .getByRole('row', { name: /^Gadget\b/ })
          .count(),
        0,
        'the grid never shows a deleted record, not even while it refetches',
      );
    });

    step('logged-out', async () => {
      await button(t('header.logout')).click();
      await page.waitForURL('**/login');
      await page.goto(`/entities`);
      await page.getByRole('heading', { name: t('login.title') }).waitFor();
    });
  });
}
