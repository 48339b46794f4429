/**
 * Browser tests' harness: Debian's chromium driven by playwright-core (never a browser
 * download), a fresh profile per launch, the development server on port 0, axe-core.
 * Without /usr/bin/chromium the tests are skipped with a message, except in CI (CI=true),
 * where that is a failure: `.ci/run` installs chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { SidebarState } from '../../emulator/sidebar/server';

export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = join(__dirname, '..', '..', 'out', 'screenshots');

/** How the browser suite runs here: 'run', 'skip' (no chromium, not CI) or 'fail' (no chromium in CI). */
export function browserMode(executable = CHROMIUM, ci = process.env.CI): 'run' | 'skip' | 'fail' {
  if (existsSync(executable)) return 'run';
  return ci === 'true' ? 'fail' : 'skip';
}

export const SKIP_MESSAGE = `browser tests skipped: ${CHROMIUM} is absent (install Debian's chromium: apt-get install chromium; in CI this is a failure)`;

const FLAGS = ['--lang=vi-VN', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Opens the sidebar served at `url` in a fresh browser. Every dialog is pushed onto `dialogs`
 * and dismissed: the page must raise none (an XSS payload that ran would show an alert).
 */
export async function openSidebar(url: string, dialogs: string[]): Promise<Browser> {
  const browser = await openBrowser();
  browser.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await browser.page.goto(url);
  return browser;
}

/** A 300 px wide sidebar-sized page in a fresh profile, Vietnamese locale. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'antt-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 300, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function stateOf(url: string): Promise<SidebarState> {
  return (await (await fetch(new URL('/__state', url))).json()) as SidebarState;
}

export async function editCell(url: string, sheet: string, cell: string, value: string): Promise<void> {
  const res = await fetch(new URL('/__edit', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sheet, cell, value }) });
  if (!res.ok) throw new Error(`edit failed: ${await res.text()}`);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations of the page as it is now. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string | null; help: string; targets: string[] }[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Reads until `ok` holds (10 s at most): the server answers asynchronously. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Presses Tab from the top until focus leaves the page or comes back round; the controls
 * focused, each once (a date field takes several presses: day, month, year).
 */
export async function tabWalk(page: Page): Promise<string[]> {
  const seen: string[] = [];
  // Start from the top: the page's heading, focusable by script only.
  await page.evaluate(() => {
    const top = document.querySelector('h1') as HTMLElement;
    top.tabIndex = -1;
    top.focus();
  });
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a || a === document.body) return '';
      return a.id || a.dataset.cell ? `${a.tagName.toLowerCase()}#${a.id || `${a.dataset.sheet}!${a.dataset.cell}`}` : `${a.tagName.toLowerCase()}:${a.textContent}`;
    });
    if (key === '' || (key === seen[0] && seen[seen.length - 1] !== key)) break;
    if (seen[seen.length - 1] !== key) seen.push(key);
  }
  return [...new Set(seen)];
}

/** Every control of the visible part, keyed as tabWalk keys them. */
export async function controls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input, a[href]')]
      .filter((a) => a.offsetParent !== null)
      .map((a) => (a.id || a.dataset.cell ? `${a.tagName.toLowerCase()}#${a.id || `${a.dataset.sheet}!${a.dataset.cell}`}` : `${a.tagName.toLowerCase()}:${a.textContent}`)),
  );
}
