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
const FIRST_PASSWORD = 'first-password-1';
const NEW_PASSWORD = 'second-password-2';

/** @typedef {Awaited<ReturnType<typeof openBrowser>>} Browser */
/** @typedef {import('playwright-core').Page} Page */

for (const language of LANGUAGES) {
  const t = translator(language);

  describe(`users and roles in ${language}: an admin manages accounts, each persona sees only what its role allows`, () => {
    const entityName = `persona_${stamp}_${language}`;
    const ana = `ana.${language}.${stamp}@example.com`;
    const otto = `otto.${language}.${stamp}@example.com`;
    /** @type {string} */
    let entityId;
    /** @type {string} */
    let recordId;
    /** @type {Record<string, Browser>} */
    const browsers = {};
    /** @type {Browser} */
    let active;

    before(async () => {
      await assertPlatformUp();
      const api = await apiSession();
      entityId = (await api.call('POST', '/entities', { name: entityName })).id;
      await api.call('POST', `/entities/${entityId}/fields`, { name: 'title', type: 'TEXT' });
      recordId = (await api.call('POST', `/entities/${entityId}/records`, { title: 'Pen' })).id;
    });

    after(async () => {
      for (const browser of Object.values(browsers)) {
        if (browser.problems.length)
          console.log(`# browser problems:\n# ${browser.problems.join('\n# ')}`);
        await browser.writeReport('axe', browser.axeRuns);
        await browser.close();
      }
    });

    /**
     * Each persona has a browser of its own (its own session); the step's checks and screenshots
     * are taken in the browser the step used.
     * @param {string} persona
     */
    async function browserOf(persona) {
      browsers[persona] ??= await openBrowser({
        locale: BROWSER_LOCALE[language],
        prefix: `users-${language}-${persona}`,
      });
      active = browsers[persona];
      return active.page;
    }
    const inActive = /** @type {Browser} */ (
      /** @type {unknown} */ ({
        checkA11y: (/** @type {string} */ name) => active.checkA11y(name),
        screenshot: (/** @type {string} */ name) => active.screenshot(name),
      })
    );
    const step = journeySteps(language, () => inActive);
    /**
     * A step taken by one persona in its own browser.
     * @param {string} persona
     * @param {string} name
     * @param {(page: Page) => Promise<void>} run
     */
    const as = (persona, name, run) =>
      step(`${persona}-${name}`, async () => run(await browserOf(persona)));

    const label = (/** @type {Page} */ page, /** @type {string} */ text) =>
      page.getByLabel(text, { exact: true });
    const button = (/** @type {Page} */ page, /** @type {string} */ text) =>
      page.getByRole('button', { name: text, exact: true });
    const heading = (/** @type {Page} */ page, /** @type {string} */ text) =>
      page.getByRole('heading', { name: text, level: 1 });
    const navLinks = (/** @type {Page} */ page) =>
      page
        .getByRole('navigation', { name: t('header.main') })
        .getByRole('link')
        .allTextContents();
    const userRow = (/** @type {Page} */ page, /** @type {string} */ email) =>
      page.getByRole('table', { name: t('users.caption') }).locator(`tr[data-user="${email}"]`);
    const editor = (/** @type {Page} */ page, /** @type {string} */ email) =>
      page.getByRole('region', { name: t('users.manageTitle', { email }) });
    const toast = (/** @type {Page} */ page, /** @type {string} */ text) =>
      page.getByRole('status').getByText(text, { exact: true });

    /** @param {Page} page @param {string} email @param {string} password */
    async function logIn(page, email, password) {
      await page.goto('/login');
      await label(page, t('login.email')).fill(email);
      await label(page, t('login.password')).fill(password);
      await button(page, t('login.submit')).click();
    }

    /** @param {Page} page @param {string} email */
    async function manage(page, email) {
      await button(page, t('users.manageNamed', { email })).click();
      await editor(page, email).waitFor();
      return editor(page, email);
    }

    /** @param {Page} page @param {string} email @param {string} password */
    async function createUser(page, email, password) {
      const form = page.getByRole('form', { name: t('users.create.title') });
      await label(page, t('users.email')).fill(email);
      await form.getByLabel(t('users.password'), { exact: true }).fill(password);
      await button(page, t('users.create.submit')).click();
      return form;
    }

    /** Nothing on the page lets this persona change a schema. @param {Page} page */
    async function assertNoDesigner(page) {
      await page.goto(`/entities/${entityId}`);
      await heading(page, entityName).waitFor();
      for (const text of [
        t('designer.archiveEntity'),
        t('designer.editFieldNamed', { name: 'title' }),
        t('designer.removeFieldNamed', { name: 'title' }),
        t('designer.saveEntity'),
        t('addField.submit'),
      ]) {
        assert.equal(await button(page, text).count(), 0, `no "${text}" button`);
      }
      await page.goto(`/entities/${entityId}/schema`);
      await page.getByRole('heading', { name: t('schemaHistory.versions'), level: 2 }).waitFor();
      assert.equal(await page.getByRole('heading', { name: t('rollback.title') }).count(), 0);
    }

    /** The Not-allowed page, not a crash, at an address this role may not use. @param {Page} page @param {string} path */
    async function assertNotAllowed(page, path) {
      await page.goto(path);
      await heading(page, t('users.forbidden.title')).waitFor();
    }

    as('admin', 'logged-in', async (page) => {
      await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await heading(page, t('entities.title')).waitFor();
      assert.deepEqual(await navLinks(page), [
        t('header.entities'),
        t('header.audit'),
        t('users.nav'),
        t('header.projections'),
      ]);
    });

    as('admin', 'users-page', async (page) => {
      await page
        .getByRole('navigation', { name: t('header.main') })
        .getByRole('link', { name: t('users.nav'), exact: true })
        .click();
      await page.waitForURL('**/users');
      await heading(page, t('users.title')).waitFor();
      await userRow(page, ADMIN_EMAIL).getByText(t('users.you')).waitFor();
      await active.phone('users');
    });

    as('admin', 'weak-password-refused', async (page) => {
      const form = await createUser(page, ana, 'short');
      const password = form.getByLabel(t('users.password'), { exact: true });
      await form.getByText(t('users.errors.min_length'), { exact: true }).waitFor();
      assert.equal(await password.getAttribute('aria-invalid'), 'true');
    });

    as('admin', 'user-created', async (page) => {
      await createUser(page, ana, FIRST_PASSWORD);
      const role = t('roles.USER');
      await toast(page, t('users.created', { email: ana, role })).waitFor();
      await userRow(page, ana).getByText(role, { exact: true }).waitFor();
    });

    as('admin', 'auditor-created-and-role-changed', async (page) => {
      await createUser(page, otto, FIRST_PASSWORD);
      await userRow(page, otto).waitFor();
      const panel = await manage(page, otto);
      await panel.getByLabel(t('users.newRole'), { exact: true }).selectOption('AUDITOR');
      await panel.getByRole('button', { name: t('users.changeRole'), exact: true }).click();
      const role = t('roles.AUDITOR');
      await toast(page, t('users.roleChanged', { email: otto, role })).waitFor();
      await userRow(page, otto).getByText(role, { exact: true }).waitFor();
    });

    as('admin', 'self-lockout-refused', async (page) => {
      const panel = await manage(page, ADMIN_EMAIL);
      const select = panel.getByLabel(t('users.newRole'), { exact: true });
      await select.selectOption('USER');
      await panel.getByRole('button', { name: t('users.changeRole'), exact: true }).click();
      await panel.getByText(t('users.errors.self'), { exact: true }).waitFor();
      assert.equal(await select.getAttribute('aria-invalid'), 'true');
      await userRow(page, ADMIN_EMAIL).getByText(t('roles.ADMIN'), { exact: true }).waitFor();
    });

    as('admin', 'user-disabled', async (page) => {
      const panel = await manage(page, ana);
      await panel.getByRole('button', { name: t('users.disable'), exact: true }).click();
      const dialog = page.getByRole('dialog', { name: t('users.disableTitle', { email: ana }) });
      await dialog.getByRole('button', { name: t('users.disable'), exact: true }).click();
      await toast(page, t('users.disabledDone', { email: ana })).waitFor();
      await userRow(page, ana).getByText(t('users.disabled'), { exact: true }).waitFor();
    });

    as('ana', 'disabled-cannot-log-in', async (page) => {
      await logIn(page, ana, FIRST_PASSWORD);
      await page.getByRole('alert').getByText(t('login.wrong'), { exact: true }).waitFor();
      assert.match(new URL(page.url()).pathname, /\/login$/);
    });

    as('admin', 'user-enabled', async (page) => {
      const panel = editor(page, ana);
      await panel.getByRole('button', { name: t('users.enable'), exact: true }).click();
      await toast(page, t('users.enabledDone', { email: ana })).waitFor();
      await userRow(page, ana).getByText(t('users.active'), { exact: true }).waitFor();
    });

    as('admin', 'password-reset', async (page) => {
      const panel = editor(page, ana);
      const input = panel.getByLabel(t('users.newPassword'), { exact: true });
      await input.fill('short');
      await panel.getByRole('button', { name: t('users.resetPassword'), exact: true }).click();
      await panel.getByText(t('users.errors.min_length'), { exact: true }).waitFor();
      await input.fill(NEW_PASSWORD);
      await panel.getByRole('button', { name: t('users.resetPassword'), exact: true }).click();
      await page
        .getByRole('status')
        .getByText(t('users.passwordReset', { email: ana }))
        .waitFor();
      assert.equal(await input.inputValue(), '');
    });

    as('ana', 'user-sees-records-not-design', async (page) => {
      await logIn(page, ana, NEW_PASSWORD);
      await heading(page, t('entities.title')).waitFor();
      assert.deepEqual(await navLinks(page), [t('header.entities')]);
      assert.equal(await page.getByRole('form', { name: t('createEntity.title') }).count(), 0);
      await assertNoDesigner(page);
      await page.goto(`/entities/${entityId}/records`);
      await page.getByRole('link', { name: t('records.new'), exact: true }).waitFor();
      await page.goto(`/entities/${entityId}/records/${recordId}`);
      await page.getByRole('link', { name: t('record.edit'), exact: true }).waitFor();
      await button(page, t('record.delete')).waitFor();
    });

    as('ana', 'user-not-allowed-pages', async (page) => {
      await assertNotAllowed(page, '/audit');
      await assertNotAllowed(page, '/admin/projections');
      await assertNotAllowed(page, '/users');
      await page.getByText(t('users.forbidden.body', { role: t('roles.USER') })).waitFor();
      await active.phone('not-allowed');
    });

    as('otto', 'auditor-reads-only', async (page) => {
      await logIn(page, otto, FIRST_PASSWORD);
      await heading(page, t('entities.title')).waitFor();
      assert.deepEqual(await navLinks(page), [
        t('header.entities'),
        t('header.audit'),
        t('users.nav'),
        t('header.projections'),
      ]);
      assert.equal(await page.getByRole('form', { name: t('createEntity.title') }).count(), 0);
      await assertNoDesigner(page);
      await page.goto(`/entities/${entityId}/records`);
      await page.getByRole('grid').or(page.getByRole('table')).first().waitFor();
      assert.equal(await page.getByRole('link', { name: t('records.new') }).count(), 0);
      await page.goto(`/entities/${entityId}/records/${recordId}`);
      await page.getByRole('heading', { name: t('history.title'), exact: true }).waitFor();
      assert.equal(await page.getByRole('link', { name: t('record.edit') }).count(), 0);
      assert.equal(await button(page, t('record.delete')).count(), 0);
      await assertNotAllowed(page, `/entities/${entityId}/records/new`);
      await assertNotAllowed(page, `/entities/${entityId}/records/${recordId}/edit`);
    });

    as('otto', 'auditor-reads-users-and-audit', async (page) => {
      await page.goto('/users');
      await heading(page, t('users.title')).waitFor();
      await userRow(page, otto).getByText(t('users.you')).waitFor();
      assert.equal(await page.getByRole('button', { name: t('users.manage') }).count(), 0);
      assert.equal(await page.getByRole('form', { name: t('users.create.title') }).count(), 0);
      await page.goto('/audit');
      await heading(page, t('audit.title')).waitFor();
      await page
        .getByRole('table', { name: t('audit.caption') })
        .getByText(t('audit.types.UserRoleChanged'), { exact: true })
        .first()
        .waitFor();
    });
  });
}
