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

  describe(`schema designer in ${language}: edit, remove/restore, 412, versions, diff, rollback, archive`, () => {
    /** @type {Awaited<ReturnType<typeof openBrowser>>} */
    let browser;
    /** @type {import('playwright-core').Page} */
    let page;
    /** @type {Awaited<ReturnType<typeof apiSession>>} */
    let api;
    const entityName = `design_${stamp}_${language}`;
    /** @type {string} */
    let entityId;
    /** @type {string} */
    let recordId;

    before(async () => {
      await assertPlatformUp();
      api = await apiSession();
      entityId = (await api.call('POST', '/entities', { name: entityName })).id;
      for (const spec of [
        { name: 'title', type: 'TEXT', required: true },
        { name: 'qty', type: 'INTEGER', max: 10 },
        { name: 'note', type: 'TEXT' },
      ]) {
        await api.call('POST', `/entities/${entityId}/fields`, spec);
      }
      recordId = (
        await api.call('POST', `/entities/${entityId}/records`, {
          title: 'Pen',
          qty: 3,
          note: 'keep me',
        })
      ).id;
      browser = await openBrowser({
        locale: BROWSER_LOCALE[language],
        prefix: `designer-${language}`,
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
    const schemaVersion = async () =>
      Number(await page.getByTestId('schema-version').textContent());
    const waitForVersion = (/** @type {number} */ n) =>
      page
        .getByTestId('schema-version')
        .filter({ hasText: new RegExp(`^${n}$`) })
        .waitFor();
    const dialogButton = (/** @type {string} */ name) =>
      page.getByRole('dialog').getByRole('button', { name, exact: true });

    step('logged-in', async () => {
      await page.goto('/');
      await page.waitForURL('**/login');
      await label(t('login.email')).fill(ADMIN_EMAIL);
      await label(t('login.password')).fill(ADMIN_PASSWORD);
      await button(t('login.submit')).click();
      await page.getByRole('heading', { name: t('entities.title'), level: 1 }).waitFor();
    });

    step('designer', async () => {
      await page.goto(`/entities/${entityId}`);
      await page.getByRole('heading', { name: entityName, level: 1 }).waitFor();
      await waitForVersion(4);
      await browser.phone('designer');
    });

    step('field-edited', async () => {
      await button(t('designer.editFieldNamed', { name: 'qty' })).click();
      const editor = page.getByRole('form', { name: t('designer.editField', { name: 'qty' }) });
      await editor.getByLabel(t('addField.name'), { exact: true }).fill('quantity');
      await editor.getByLabel(t('addField.maximum'), { exact: true }).fill('20');
      await editor.getByRole('button', { name: t('designer.saveField') }).click();
      await page.getByText(t('designer.fieldSaved', { name: 'quantity', version: 5 })).waitFor();
      await waitForVersion(5);
      const entity = await api.call('GET', `/entities/${entityId}`);
      const quantity = entity.fields.find((/** @type {any} */ f) => f.name === 'quantity');
      assert.equal(Number(quantity.max), 20);
    });

    step('field-removed', async () => {
      await button(t('designer.removeFieldNamed', { name: 'note' })).click();
      await dialogButton(t('designer.remove')).click();
      await waitForVersion(6);
      await page
        .getByRole('table', { name: t('designer.removedFields') })
        .getByText('note', { exact: true })
        .waitFor();
    });

    step('field-restored', async () => {
      await button(t('designer.restoreFieldNamed', { name: 'note' })).click();
      await waitForVersion(7);
      await page.getByText(t('designer.noRemoved')).waitFor();
      const record = await api.call('GET', `/entities/${entityId}/records/${recordId}`);
      assert.equal(record.note, 'keep me');
    });

    step('entity-relabelled', async () => {
      const form = page.getByRole('form', { name: t('designer.entityDetails') });
      await form.getByLabel(t('createEntity.displayName'), { exact: true }).fill('Designed');
      await form.getByRole('button', { name: t('designer.saveEntity') }).click();
      await page.getByRole('heading', { name: 'Designed', level: 1 }).waitFor();
      await waitForVersion(8);
    });

    step('stale-explained', async () => {
      // Another admin changes the schema; this page still shows version 8.
      await api.call('PATCH', `/entities/${entityId}`, { description: 'changed elsewhere' });
      await button(t('designer.removeFieldNamed', { name: 'note' })).click();
      await dialogButton(t('designer.remove')).click();
      const notice = page.getByTestId('stale-notice');
      await notice.waitFor();
      assert.match((await notice.textContent()) ?? '', /8/);
      await waitForVersion(9);
      await page.getByText('changed elsewhere').waitFor();
      await browser.phone('stale');
    });

    step('versions-and-diff', async () => {
      await page.getByRole('link', { name: t('designer.versions'), exact: true }).click();
      await page.waitForURL('**/schema');
      await page.getByTestId('schema-version-9').waitFor();
      await label(t('diff.left')).selectOption('4');
      await label(t('diff.right')).selectOption('9');
      const diff = page.getByRole('table', {
        name: t('diff.caption', { left: 4, right: 9 }),
      });
      await diff.getByTestId('diff-renamed').waitFor();
      assert.match((await diff.getByTestId('diff-renamed').textContent()) ?? '', /qty.*quantity/s);
      await browser.phone('versions');
    });

    step('rollback-preview', async () => {
      await label(t('rollback.target')).selectOption('4');
      const preview = page.getByRole('list', { name: t('rollback.preview') });
      await preview
        .getByText(t('rollback.ops.renameField', { from: 'quantity', to: 'qty' }))
        .waitFor();
      await button(t('rollback.submit', { version: 4 })).click();
      await page
        .getByRole('dialog', { name: t('rollback.confirmTitle', { version: 4 }) })
        .waitFor();
    });

    step('rolled-back', async () => {
      await dialogButton(t('rollback.confirm')).click();
      const result = page.getByTestId('rollback-result');
      await result.waitFor();
      await result
        .getByText(t('rollback.ops.renameField', { from: 'quantity', to: 'qty' }))
        .waitFor();
      const entity = await api.call('GET', `/entities/${entityId}`);
      assert.equal(entity.schemaVersion, 10);
      assert.deepEqual(
        entity.fields.map((/** @type {any} */ f) => f.name),
        ['title', 'qty', 'note'],
      );
    });

    step('archived', async () => {
      await page.goto(`/entities/${entityId}`);
      await button(t('designer.archiveEntity')).click();
      await dialogButton(t('designer.archiveEntity')).click();
      await page.getByText(t('entity.archived'), { exact: true }).first().waitFor();
      await page.goto('/entities');
      await page.getByRole('heading', { name: t('entities.title'), level: 1 }).waitFor();
      assert.equal(await page.getByRole('link', { name: entityName, exact: true }).count(), 0);
      await label(t('entities.showArchived')).check();
      await page.getByRole('link', { name: entityName, exact: true }).waitFor();
    });

    step('restored', async () => {
      await page.getByRole('link', { name: entityName, exact: true }).click();
      await button(t('designer.restoreEntity')).click();
      await button(t('designer.archiveEntity')).waitFor();
      assert.equal(await schemaVersion(), 12);
    });
  });
}
