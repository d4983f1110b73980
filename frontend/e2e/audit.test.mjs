import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe } from 'node:test';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  BASE_URL,
  assertPlatformUp,
  journeySteps,
  openBrowser,
} from './browser.mjs';
import { LANGUAGES, translator } from './i18n.mjs';

const BROWSER_LOCALE = { en: 'en-US', es: 'es-ES' };

/**
 * Defines an entity with one field through the API, as another admin session would.
 * @param {string} name
 */
async function defineAuditedEntity(name) {
  const login = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  });
  const { access_token: token } = await login.json();
  const post = (/** @type {string} */ path, /** @type {object} */ body) =>
    fetch(`${BASE_URL}/api${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }).then((response) => {
      assert.equal(response.status, 201, `POST ${path}`);
      return response.json();
    });
  const entity = await post('/entities', { name });
  await post(`/entities/${name}/fields`, { name: 'title', type: 'TEXT' });
  return entity;
}

for (const language of LANGUAGES) {
  const t = translator(language);

  describe(`audit in ${language}: an admin reads who changed what, filters and exports`, () => {
    /** @type {Awaited<ReturnType<typeof openBrowser>>} */
    let browser;
    /** @type {import('playwright-core').Page} */
    let page;
    const name = `audited_${language}_${Date.now().toString(36)}`;

    before(async () => {
      await assertPlatformUp();
      await defineAuditedEntity(name);
      browser = await openBrowser({
        locale: BROWSER_LOCALE[language],
        prefix: `audit-${language}`,
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
    const button = (/** @type {string} */ text) =>
      page.getByRole('button', { name: text, exact: true });
    const table = () => page.getByRole('table', { name: t('audit.caption') });

    step('logged-in', async () => {
      await page.goto('/');
      await page.waitForURL('**/login');
      await label(t('login.email')).fill(ADMIN_EMAIL);
      await label(t('login.password')).fill(ADMIN_PASSWORD);
      await button(t('login.submit')).click();
      await page.getByRole('heading', { name: t('entities.title'), level: 1 }).waitFor();
    });

    step('audit-trail', async () => {
      await page
        .getByRole('navigation', { name: t('header.main') })
        .getByRole('link', { name: t('header.audit'), exact: true })
        .click();
      await page.waitForURL('**/audit');
      await page.getByRole('heading', { name: t('audit.title'), level: 1 }).waitFor();
      await table().getByText(`Added field title (TEXT) to ${name}`).waitFor();
      await table().getByText(`Defined entity ${name}`).waitFor();
      await browser.phone('audit');
    });

    step('audit-filtered', async () => {
      await label(t('audit.entity')).selectOption({ label: name });
      await label(t('audit.type')).selectOption({ label: t('audit.types.FieldAdded') });
      await button(t('audit.apply')).click();
      await page.waitForFunction(
        () => document.querySelectorAll('table.audit tbody tr').length === 1,
      );
      const only = table().getByRole('row').nth(1);
      await only.getByText(`Added field title (TEXT) to ${name}`).waitFor();
      await only.getByText(ADMIN_EMAIL).waitFor();
      await only.getByText(t('audit.details')).click();
      await only.getByText('"name": "title"').waitFor();
    });

    step('audit-exported', async () => {
      const download = page.waitForEvent('download');
      await button(t('audit.export.csv')).click();
      const file = await download;
      assert.equal(file.suggestedFilename(), 'audit.csv');
      const text = await readFile(await file.path(), 'utf8');
      const lines = text.trim().split(/\r?\n/);
      assert.equal(lines.length, 2, 'the header and the one filtered row');
      assert.match(lines[0], /^position,timestamp,eventType,/);
      assert.match(lines[1], /FieldAdded/);
      await page.getByRole('status').getByText(t('audit.exported')).waitFor();
    });
  });
}
