import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test } from 'node:test';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8000').replace(/\/$/, '');
export const ADMIN_EMAIL = process.env.ADMIN_EMAIL ?? 'admin@metabuilder.local';
export const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD ?? 'admin-password';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = fileURLToPath(new URL('../build/e2e-screenshots/', import.meta.url));
export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };
const BLOCKING = new Set(['serious', 'critical']);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Removes this run's earlier screenshots (those with its prefix) and nothing else.
 * @param {string} prefix
 */
async function clearShots(prefix) {
  await mkdir(SHOTS, { recursive: true });
  for (const file of await readdir(SHOTS)) {
    if (file.startsWith(prefix)) await rm(join(SHOTS, file), { force: true });
  }
}

/**
 * Debian's Chromium with a fresh profile; never a downloaded browser. `locale` is what the
 * browser tells the app (navigator.language, Accept-Language); `prefix` names the screenshots.
 * @param {{ locale?: string, prefix?: string }} [options]
 */
export async function openBrowser({ locale = 'en-US', prefix = 'en' } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'metabuilder-e2e-'));
  await clearShots(`${prefix}-`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: DESKTOP,
    locale,
    baseURL: BASE_URL,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  /** @type {{method: string, path: string, search: string, status: number, minPosition: number | null, position: number | null}[]} */
  const apiCalls = [];
  page.on('response', async (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} ${response.url()}`);
    const request = response.request();
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) return;
    const minPosition = (await request.allHeaders())['x-min-position'];
    const position = response.headers()['x-position'];
    apiCalls.push({
      method: request.method(),
      path: url.pathname,
      search: url.search,
      status: response.status(),
      minPosition: minPosition === undefined ? null : Number(minPosition),
      position: position === undefined ? null : Number(position),
    });
  });
  let shot = 0;
  /** @type {{screen: string, violations: number, blocking: number}[]} */
  const axeRuns = [];

  /**
   * Runs axe-core on the page as it is; fails on any serious or critical violation.
   * @param {string} screen
   */
  async function checkA11y(screen) {
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const blocking = result.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
    axeRuns.push({ screen, violations: result.violations.length, blocking: blocking.length });
    if (blocking.length > 0) {
      const report = blocking
        .map(
          (v) =>
            `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
        )
        .join('\n  ');
      throw new Error(
        `axe on ${screen}: ${blocking.length} serious/critical violation(s)\n  ${report}`,
      );
    }
  }

  return {
    page,
    problems,
    apiCalls,
    axeRuns,
    checkA11y,
    /** @param {string} name */
    async screenshot(name) {
      shot += 1;
      const file = join(SHOTS, `${prefix}-${String(shot).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    /**
     * The same screen at 390 px: checked by axe, never wider than the phone, screenshotted.
     * @param {string} name
     */
    async phone(name) {
      await page.setViewportSize(PHONE);
      try {
        await page.waitForTimeout(150);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > PHONE.width + 1) {
          throw new Error(`${name} is ${width}px wide at ${PHONE.width}px: it scrolls sideways`);
        }
        await checkA11y(`${name} (phone)`);
        await page.screenshot({ path: join(SHOTS, `${prefix}-phone-${name}.png`), fullPage: true });
      } finally {
        await page.setViewportSize(DESKTOP);
      }
    },
    /** @param {string} name @param {unknown} data */
    async writeReport(name, data) {
      await writeFile(join(SHOTS, `${prefix}-${name}.json`), JSON.stringify(data, null, 2));
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Fails fast, with a clear message, when nothing serves BASE_URL. */
export async function assertPlatformUp() {
  const response = await fetch(`${BASE_URL}/api/version`).catch((error) => {
    throw new Error(`Nothing answers at ${BASE_URL} (${error.message}); start the platform first.`);
  });
  if (!response.ok) throw new Error(`${BASE_URL}/api/version answered ${response.status}`);
}

/**
 * A journey's user-visible steps, as `step(name, run)`: each is skipped after an earlier step
 * failed, checked by axe-core, then screenshotted either way (a failed one as `<name>-FAILED`).
 * @param {string} language
 * @param {() => Awaited<ReturnType<typeof openBrowser>>} browserOf
 */
export function journeySteps(language, browserOf) {
  let failed = false;
  /**
   * @param {string} name
   * @param {() => Promise<void>} run
   */
  return function step(name, run) {
    test(`${language}: ${name.replaceAll('-', ' ')}`, async (context) => {
      if (failed) return context.skip('an earlier step failed');
      const browser = browserOf();
      try {
        await run();
        await browser.checkA11y(name);
        await browser.screenshot(name);
      } catch (error) {
        failed = true;
        await browser.screenshot(`${name}-FAILED`).catch(() => {});
        throw error;
      }
    });
  };
}
