import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  BASE_URL,
  assertPlatformUp,
  openBrowser,
} from './browser.mjs';

const entityName = `e2e_product_${Date.now().toString(36)}`;
const entityLabel = `Product ${entityName.slice(-6)}`;

/**
 * Fields added through the UI, one of each kind of input, with the rules each type allows:
 * `check` ticks checkboxes, `fill` types into inputs, `select` chooses options (all by label).
 * @type {{name: string, type: string, label: string, check?: string[],
 *   fill?: Record<string, string>, select?: Record<string, string>}[]}
 */
const FIELDS = [
  {
    name: 'title',
    type: 'TEXT',
    label: 'Title',
    check: ['Required', 'Unique'],
    fill: { 'Maximum length': '20' },
  },
  { name: 'qty', type: 'INTEGER', label: 'Quantity', fill: { Minimum: '0', Maximum: '500' } },
  { name: 'price', type: 'DECIMAL', label: 'Price', fill: { Precision: '10', Scale: '3' } },
  { name: 'in_stock', type: 'BOOLEAN', label: 'In stock' },
  { name: 'released', type: 'DATE', label: 'Released' },
  { name: 'arrives_at', type: 'DATETIME', label: 'Arrives at' },
  {
    name: 'status',
    type: 'ENUM',
    label: 'Status',
    fill: { Options: 'draft\nactive\nretired', 'Default value': 'draft' },
  },
  { name: 'attributes', type: 'JSON', label: 'Attributes' },
  {
    name: 'parent',
    type: 'REFERENCE',
    label: 'Parent',
    select: { 'Referenced entity': entityName },
  },
];

describe('walking skeleton: log in, design an entity, fill its form, see the record', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser;
  /** @type {import('playwright-core').Page} */
  let page;
  let failed = false;

  before(async () => {
    await assertPlatformUp();
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    if (browser?.problems.length)
      console.log(`# browser problems:\n# ${browser.problems.join('\n# ')}`);
    await browser?.close();
  });

  /**
   * One user-visible step: skipped after an earlier failure, screenshotted either way.
   * @param {string} name
   * @param {() => Promise<void>} run
   */
  function step(name, run) {
    test(name.replaceAll('-', ' '), async (t) => {
      if (failed) return t.skip('an earlier step failed');
      try {
        await run();
        await browser.screenshot(name);
      } catch (error) {
        failed = true;
        await browser.screenshot(`${name}-FAILED`).catch(() => {});
        throw error;
      }
    });
  }

  /** Every read after a command asks the read model for at least that command's position. */
  function assertReadsWaitForWrites(/** @type {string} */ prefix) {
    const calls = browser.apiCalls.filter((call) => call.path.startsWith(prefix));
    const write = calls.findLast((call) => call.method === 'POST' && call.position !== null);
    assert.ok(write, 'a command was sent');
    const reads = calls.slice(calls.indexOf(write) + 1).filter((call) => call.method === 'GET');
    assert.ok(reads.length > 0, 'a read followed the command');
    for (const read of reads) {
      assert.ok((read.minPosition ?? 0) >= (write.position ?? 0), `${read.path} waits for writes`);
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

  step('login-page', async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
  });

  step('wrong-password-refused', async () => {
    await label('Email').fill(ADMIN_EMAIL);
    await label('Password').fill('not-the-password');
    await button('Log in').click();
    await page.getByText('Wrong email or password.').waitFor();
  });

  step('logged-in-entity-list', async () => {
    await label('Password').fill(ADMIN_PASSWORD);
    await button('Log in').click();
    await page.getByRole('heading', { name: 'Entities', level: 1 }).waitFor();
    await page.getByText(ADMIN_EMAIL).waitFor();
  });

  step('entity-name-rules-before-submit', async () => {
    await label('Entity name').fill('Bad Name');
    await label('Display name').focus();
    await page.getByText('Use lower case only').waitFor();
    await label('Entity name').fill('select');
    await page.getByText('"select" is reserved').waitFor();
  });

  step('entity-created', async () => {
    await label('Entity name').fill(entityName);
    await label('Display name').fill(entityLabel);
    await button('Create entity').click();
    await page.getByRole('heading', { name: entityLabel, level: 1 }).waitFor();
    assert.equal(await page.getByTestId('schema-version').textContent(), '1');
    await page.getByText('No fields yet').waitFor();
  });

  step('fields-added', async () => {
    for (const [index, field] of FIELDS.entries()) {
      const { name } = field;
      await label('Field name').fill(name);
      await label('Type').selectOption(field.type);
      await label('Label').fill(field.label);
      for (const box of field.check ?? []) await label(box).check();
      for (const [input, value] of Object.entries(field.fill ?? {})) await label(input).fill(value);
      for (const [input, value] of Object.entries(field.select ?? {})) {
        await label(input).selectOption({ label: value });
      }
      await button('Add field').click();
      const version = String(index + 2);
      await page.getByText(`Field "${name}" added; schema version ${version}.`).waitFor();
      await page.getByRole('cell', { name: new RegExp(`^${name}( |$)`) }).waitFor();
    }
    await page
      .getByTestId('schema-version')
      .getByText(String(FIELDS.length + 1))
      .waitFor();
  });

  step('duplicate-field-name-refused-by-server', async () => {
    await label('Field name').fill('title');
    await label('Type').selectOption('TEXT');
    await button('Add field').click();
    assert.ok(await fieldError('Field name'), 'the 409 is shown at the Field name input');
  });

  step('records-empty', async () => {
    await page.getByRole('link', { name: 'Open records' }).click();
    await page.getByRole('heading', { name: `Records of ${entityLabel}` }).waitFor();
    await page.getByText('No records yet.').waitFor();
  });

  step('generated-form', async () => {
    await page.getByRole('link', { name: 'New record' }).click();
    await page.getByRole('form', { name: `New ${entityName} record` }).waitFor();
    assert.equal(await label('Quantity').getAttribute('type'), 'number');
    assert.equal(await label('In stock').getAttribute('type'), 'checkbox');
    assert.equal(await label('Released').getAttribute('type'), 'date');
    assert.equal(await label('Arrives at').getAttribute('type'), 'datetime-local');
    assert.equal(await label('Status').inputValue(), 'draft');
  });

  step('invalid-submit-field-errors', async () => {
    await label('Quantity').fill('501');
    await label('Price').fill('12,50');
    await label('Attributes').fill('{"color": red}');
    await button('Save record').click();
    await page.getByText('Some values need attention').waitFor();
    await page.getByText('Required', { exact: true }).waitFor();
    await page.getByText('Must be at most 500').waitFor();
    await page.getByText('Enter a decimal number such as 12.50').waitFor();
    await page.getByText(/^Enter valid JSON/).waitFor();
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
    await button('Save record').click();
    await page.getByText('Record saved.').waitFor();
    const row = page.getByRole('table', { name: `Records of ${entityName}` }).getByRole('row', {
      name: /Widget/,
    });
    await row.waitFor();
    for (const text of ['42', '19.990', 'Yes', '2026-01-24', 'active', ADMIN_EMAIL]) {
      await row.getByRole('cell', { name: text, exact: true }).waitFor();
    }
    await row.getByRole('cell', { name: '{"color":"red","sizes":[1,2]}' }).waitFor();
    assertReadsWaitForWrites(`/api/entities/`);
  });

  step('server-error-at-field', async () => {
    await page.getByRole('link', { name: 'New record' }).click();
    await label('Title').fill('Widget');
    const widget = label('Parent').locator('option', { hasText: 'Widget' });
    await label('Parent').selectOption((await widget.getAttribute('value')) ?? '');
    await button('Save record').click();
    assert.ok(await fieldError('Title'), 'the server error is shown at the Title field');
  });

  step('second-record-with-reference', async () => {
    await label('Title').fill('Gadget');
    await button('Save record').click();
    await page.getByText('Record saved.').waitFor();
    const grid = page.getByRole('table', { name: `Records of ${entityName}` });
    await grid.getByRole('row', { name: /Gadget/ }).waitFor();
    assert.equal(await grid.getByRole('row').count(), 3);
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
    const grid = page.getByRole('table', { name: `Records of ${entityName}` });
    // These records were written outside the page, so it cannot ask to wait for them: poll.
    for (let attempt = 0; attempt < 20; attempt++) {
      await page.reload();
      await grid.waitFor();
      if (await button('Load more').isVisible()) break;
      await page.waitForTimeout(500);
    }
    assert.equal(await grid.getByRole('row').count(), 26);
    await button('Load more').click();
    await page.getByText('32 records shown').waitFor();
    assert.equal(await button('Load more').count(), 0);
  });

  step('logged-out', async () => {
    await button('Log out').click();
    await page.waitForURL('**/login');
    await page.goto(`/entities`);
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
  });
});
