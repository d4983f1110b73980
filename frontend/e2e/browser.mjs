import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8000').replace(/\/$/, '');
export const ADMIN_EMAIL = process.env.ADMIN_EMAIL ?? 'admin@metabuilder.local';
export const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD ?? 'admin-password';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('../build/e2e-screenshots/', import.meta.url));

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

/** Debian's Chromium with a fresh profile; never a downloaded browser. */
export async function openBrowser() {
  const profile = await mkdtemp(join(tmpdir(), 'metabuilder-e2e-'));
  await rm(SHOTS, { recursive: true, force: true });
  await mkdir(SHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    baseURL: BASE_URL,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  /** @type {{method: string, path: string, minPosition: number | null, position: number | null}[]} */
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
      minPosition: minPosition === undefined ? null : Number(minPosition),
      position: position === undefined ? null : Number(position),
    });
  });
  let shot = 0;
  return {
    page,
    problems,
    apiCalls,
    /** @param {string} name */
    async screenshot(name) {
      shot += 1;
      const file = join(SHOTS, `${String(shot).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
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
