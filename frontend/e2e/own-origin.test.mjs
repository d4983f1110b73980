import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  BASE_URL,
  assertPlatformUp,
  openBrowser,
} from './browser.mjs';
import { translator } from './i18n.mjs';

const t = translator('en');

/**
 * The web app works from whatever origin it is served at: the services' CORS list is for other
 * origins only. The app is opened at 127.0.0.1 (the list names localhost origins only, so this
 * origin is in no list), logs in and reads, and an explicit foreign origin is still refused.
 */
describe('the web app at an origin no CORS list names', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser;
  const own = new URL(BASE_URL);
  own.hostname = '127.0.0.1';

  before(async () => {
    await assertPlatformUp();
    browser = await openBrowser({ prefix: 'own-origin' });
  });

  after(async () => {
    await browser?.close();
  });

  test('logs in and reads from 127.0.0.1', async () => {
    const page = browser.page;
    await page.goto(new URL('/login', own).href);
    await page.getByLabel(t('login.email'), { exact: true }).fill(ADMIN_EMAIL);
    await page.getByLabel(t('login.password'), { exact: true }).fill(ADMIN_PASSWORD);
    const login = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: t('login.submit'), exact: true }).click();
    const answered = await login;
    assert.equal(answered.status(), 200, 'the login POST carries Origin and is still accepted');
    assert.equal((await answered.request().allHeaders()).origin, own.origin);
    await page.getByRole('heading', { name: t('entities.title'), level: 1 }).waitFor();
    await browser.screenshot('logged-in-at-127');
    assert.deepEqual(browser.problems, []);
  });

  test('another origin is still refused, with a problem', async () => {
    const response = await fetch(`${BASE_URL}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });
});
