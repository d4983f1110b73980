import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  assertPlatformUp,
  journeySteps,
  openBrowser,
} from './browser.mjs';
import { LANGUAGES, translator } from './i18n.mjs';

const BROWSER_LOCALE = { en: 'en-US', es: 'es-ES' };
const PROJECTIONS = ['entity-tables', 'schema-versions', 'record-history', 'audit'];
const REBUILT = 'entity-tables';
/** A rebuild of a small event store takes seconds; this leaves room on a busy machine. */
const REBUILD_TIMEOUT_MS = 90_000;

for (const language of LANGUAGES) {
  const t = translator(language);

  describe(`projections in ${language}: an admin opens them from the header and rebuilds one`, () => {
    /** @type {Awaited<ReturnType<typeof openBrowser>>} */
    let browser;
    /** @type {import('playwright-core').Page} */
    let page;

    before(async () => {
      await assertPlatformUp();
      browser = await openBrowser({
        locale: BROWSER_LOCALE[language],
        prefix: `projections-${language}`,
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
    const projectionName = (/** @type {string} */ name) => t(`projections.names.${name}`);
    const row = (/** @type {string} */ name) =>
      page
        .getByRole('table', { name: t('projections.caption') })
        .getByRole('row', { name: new RegExp(projectionName(name)) });
    const statusOf = (/** @type {string} */ name) => row(name).getByTestId('projection-status');

    step('logged-in', async () => {
      await page.goto('/');
      await page.waitForURL('**/login');
      await label(t('login.email')).fill(ADMIN_EMAIL);
      await label(t('login.password')).fill(ADMIN_PASSWORD);
      await button(t('login.submit')).click();
      await page.getByRole('heading', { name: t('entities.title'), level: 1 }).waitFor();
    });

    step('projections-list', async () => {
      await page
        .getByRole('navigation', { name: t('header.main') })
        .getByRole('link', { name: t('header.projections'), exact: true })
        .click();
      await page.waitForURL('**/admin/projections');
      await page.getByRole('heading', { name: t('projections.title'), level: 1 }).waitFor();
      for (const name of PROJECTIONS) {
        await row(name).waitFor();
        await row(name)
          .getByText(t(`projections.descriptions.${name}`))
          .waitFor();
        await row(name)
          .getByRole('button', { name: t('projections.rebuildOf', { name: projectionName(name) }) })
          .waitFor();
      }
      assert.ok(
        (await page.title()).startsWith(t('projections.title')),
        'the tab names the screen',
      );
      await browser.phone('projections');
    });

    step('rebuild-confirmation', async () => {
      await statusOf(REBUILT)
        .getByText(t('projections.statuses.running'), { exact: true })
        .waitFor();
      await button(t('projections.rebuildOf', { name: projectionName(REBUILT) })).click();
      const dialog = page.getByRole('dialog', {
        name: t('projections.confirmTitle', { name: projectionName(REBUILT) }),
      });
      await dialog.waitFor();
      await dialog
        .getByText(t('projections.confirmBody', { name: projectionName(REBUILT) }))
        .waitFor();
      assert.equal(
        await page.evaluate(() => document.activeElement?.textContent),
        t('common.cancel'),
        'focus starts on the safe choice',
      );
    });

    step('rebuild-started', async () => {
      const dialog = page.getByRole('dialog');
      const replay = page.waitForResponse(
        (response) =>
          response.request().method() === 'POST' &&
          response.url().endsWith(`/api/admin/projections/${REBUILT}/replay`),
      );
      await dialog.getByRole('button', { name: t('projections.confirm'), exact: true }).click();
      assert.equal((await replay).status(), 202, 'the rebuild was accepted');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      await page
        .getByRole('status')
        .getByText(t('projections.started', { name: projectionName(REBUILT) }))
        .waitFor();
    });

    step('rebuilt-and-running', async () => {
      await statusOf(REBUILT)
        .getByText(t('projections.statuses.running'), { exact: true })
        .waitFor({ timeout: REBUILD_TIMEOUT_MS });
      await row(REBUILT)
        .getByText(t('projections.upToDate'))
        .waitFor({ timeout: REBUILD_TIMEOUT_MS });
      const polls = browser.apiCalls.filter(
        (call) => call.method === 'GET' && call.path === '/api/admin/projections',
      );
      assert.ok(
        polls.every((call) => call.status === 200),
        'the list never failed meanwhile',
      );
    });
  });
}
