import assert from 'node:assert/strict';
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
const stamp = Date.now().toString(36);

for (const language of LANGUAGES) {
  const t = translator(language);

  describe(`records in ${language}: edit, a lost-update choice, history, the past, delete and undo`, () => {
    /** @type {Awaited<ReturnType<typeof openBrowser>>} */
    let browser;
    /** @type {import('playwright-core').Page} */
    let page;
    /** @type {Awaited<ReturnType<typeof apiSession>>} */
    let api;
    const entityName = `rec_ui_${stamp}_${language}`;
    /** @type {string} */
    let entityId;
    /** @type {string} */
    let recordId;

    before(async () => {
      await assertPlatformUp();
      api = await apiSession();
      entityId = (await api.call('POST', '/entities', { name: entityName })).id;
      await api.call('POST', `/entities/${entityId}/fields`, {
        name: 'title',
        type: 'TEXT',
        displayName: 'Title',
        required: true,
      });
      await api.call('POST', `/entities/${entityId}/fields`, {
        name: 'qty',
        type: 'INTEGER',
        displayName: 'Qty',
      });
      recordId = (await api.call('POST', `/entities/${entityId}/records`, { title: 'Pen', qty: 1 }))
        .id;
      browser = await openBrowser({
        locale: BROWSER_LOCALE[language],
        prefix: `records-${language}`,
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
    const recordUrl = () => `/entities/${entityId}/records/${recordId}`;

    step('logged-in', async () => {
      await page.goto('/');
      await page.waitForURL('**/login');
      await label(t('login.email')).fill(ADMIN_EMAIL);
      await label(t('login.password')).fill(ADMIN_PASSWORD);
      await button(t('login.submit')).click();
      await page.getByRole('heading', { name: t('entities.title'), level: 1 }).waitFor();
    });

    step('record-with-history', async () => {
      await page.goto(recordUrl());
      await page.getByRole('heading', { name: 'Pen', level: 1 }).waitFor();
      await page.getByTestId('history-1').waitFor();
      const created = await page.getByTestId('history-1').textContent();
      assert.match(created ?? '', new RegExp(t('history.events.RecordCreated')));
      assert.match(created ?? '', new RegExp(ADMIN_EMAIL.replace('.', '\\.')));
    });

    step('edit-record', async () => {
      await page.getByRole('link', { name: t('record.edit'), exact: true }).click();
      await page.waitForURL('**/edit');
      await label('Qty').fill('5');
      await button(t('recordEdit.save')).click();
      await page.waitForURL(`**${recordUrl()}`);
      await page.getByTestId('history-2').waitFor();
      const changes = await page.getByTestId('history-2').getByRole('row').allTextContents();
      assert.ok(
        changes.some((row) => row.includes('Qty') && row.includes('1') && row.includes('5')),
      );
    });

    step('lost-update-choice', async () => {
      await page.getByRole('link', { name: t('record.edit'), exact: true }).click();
      await page.waitForURL('**/edit');
      await label('Qty').waitFor();
      // Someone else saves version 3 while this form still holds version 2.
      await api.call('PATCH', `/entities/${entityId}/records/${recordId}`, { title: 'Pencil' });
      await label('Qty').fill('7');
      await button(t('recordEdit.save')).click();
      const panel = page.getByRole('alert').filter({ hasText: t('conflict.title') });
      await panel.waitFor();
      const rows = await panel.getByRole('row').allTextContents();
      assert.ok(rows.some((row) => row.startsWith('Title') && row.includes('Pencil')));
      assert.ok(rows.some((row) => row.startsWith('Qty') && row.includes('7')));
      await browser.phone('conflict');
    });

    step('kept-my-changes', async () => {
      await button(t('conflict.keepMine')).click();
      await page.waitForURL(`**${recordUrl()}`);
      await page.getByRole('heading', { name: 'Pencil', level: 1 }).waitFor();
      await page.getByTestId('history-4').waitFor();
      const record = await api.call('GET', `/entities/${entityId}/records/${recordId}`);
      assert.equal(record.version, 4);
      assert.equal(record.title, 'Pencil');
      assert.equal(record.qty, 7);
    });

    step('view-version', async () => {
      await label(t('timeTravel.version')).selectOption('1');
      await button(t('timeTravel.showVersion')).click();
      await page.waitForURL('**?version=1');
      const banner = page.getByTestId('past-banner');
      await banner.waitFor();
      assert.match((await banner.textContent()) ?? '', new RegExp(t('past.readOnly')));
      assert.match(
        (await banner.textContent()) ?? '',
        new RegExp(t('past.version', { version: 1 })),
      );
      assert.equal(await page.getByRole('link', { name: t('record.edit') }).count(), 0);
      await browser.phone('past-version');
    });

    step('view-as-of', async () => {
      const now = await page.evaluate(() => {
        const d = new Date(Date.now() + 60_000);
        const p = (/** @type {number} */ n) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
      });
      await label(t('timeTravel.asOf')).fill(now);
      await button(t('timeTravel.showAsOf')).click();
      await page.waitForURL('**?asOf=*');
      await page.getByText(t('past.shows', { version: 4 })).waitFor();
      await page.getByRole('link', { name: t('past.backToNow') }).click();
      await page.getByTestId('past-banner').waitFor({ state: 'detached' });
    });

    step('delete-confirm', async () => {
      await button(t('record.delete')).click();
      await page.getByRole('dialog', { name: t('record.confirmTitle') }).waitFor();
    });

    step('deleted-with-undo', async () => {
      await page
        .getByRole('dialog')
        .getByRole('button', { name: t('record.confirm') })
        .click();
      await page.waitForURL(`**/entities/${entityId}/records`);
      await button(t('record.undo')).waitFor();
      await assert.rejects(
        api.call('GET', `/entities/${entityId}/records/${recordId}`),
        /404/,
        'the record is deleted',
      );
    });

    step('undone', async () => {
      await button(t('record.undo')).click();
      await page.waitForURL(`**${recordUrl()}`);
      await page.getByRole('heading', { name: 'Pencil', level: 1 }).waitFor();
      await page.getByTestId('history-6').waitFor();
      await browser.phone('record');
    });
  });
}
