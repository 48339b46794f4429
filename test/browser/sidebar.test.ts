/**
 * The sidebar in a real browser (chromium, headless) over the development server: the
 * problems list and jump-to-cell, "Kiểm tra lại" after a fix, the report, text that stays
 * text, keyboard use, axe-core, and a screenshot of each part in out/screenshots/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildLargeSample, buildSampleWorkbook } from '../../emulator/sample';
import { startSidebarServer, type SidebarServer } from '../../emulator/sidebar/server';
import type { WorkbookData } from '../../emulator/workbook-data';
import { browserMode, controls, editCell, openBrowser, openSidebar, screenshot, seriousViolations, SHOTS, SKIP_MESSAGE, stateOf, tabWalk, until, type Browser } from './browser';

const NOW = '2019-04-24T12:00:00+07:00';
const XSS = '<img src=x onerror=alert(1)>';

const GROUPS = [
  'Thị trấn Thuận Nam 0 lỗi · 1 cảnh báo',
  'Hàm Cần 0 lỗi · 1 cảnh báo',
  'Hàm Mỹ 2 lỗi · 1 cảnh báo',
  'Mương Mán 2 lỗi · 0 cảnh báo',
  'Mỹ Thạnh 0 lỗi · 1 cảnh báo',
  'Tân Lập 3 lỗi · 0 cảnh báo',
  'Tân Thuận 0 lỗi · 1 cảnh báo',
  'Khối cơ quan, doanh nghiệp, nhà trường 2 lỗi · 1 cảnh báo',
];

/** The sample with the XSS payload as the (already wrong) model type of Hàm Mỹ row 9. */
function sampleWithPayload(): WorkbookData {
  const data = buildSampleWorkbook();
  const hamMy = data.sheets.find((s) => s.name === 'Hàm Mỹ')!;
  hamMy.values[8][hamMy.values[0].indexOf('Loại mô hình')] = XSS;
  return data;
}

const problem = (page: Page, sheet: string, cell: string) => page.locator(`button.problem[data-sheet="${sheet}"][data-cell="${cell}"]`);

const mode = browserMode();
const timings: Record<string, number> = {};

if (mode === 'fail') {
  test('chromium is installed (CI)', () => {
    throw new Error(`${SKIP_MESSAGE}`);
  });
} else if (mode === 'skip') {
  console.warn(SKIP_MESSAGE);
  test.skip(SKIP_MESSAGE, () => undefined);
} else {
  // Time to the first list (navigation start → first problems on screen), for the README.
  afterAll(() => {
    writeFileSync(join(SHOTS, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    console.log(`sidebar first list: ${JSON.stringify(timings)}`);
  });

  describe('sidebar in chromium', () => {
    let server: SidebarServer;
    let browser: Browser;
    let page: Page;
    const dialogs: string[] = [];

    beforeAll(async () => {
      server = await startSidebarServer({ data: sampleWithPayload(), now: NOW });
      browser = await openSidebar(server.url, dialogs);
      page = browser.page;
      await page.locator('button.problem').first().waitFor();
      timings.sampleFirstListMs = Number(await page.evaluate(() => document.body.dataset.firstListMs));
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('the sample\'s wrong rows appear grouped by unit with their counts, row, column, value and message', async () => {
      expect(await page.locator('section.group h3').allTextContents()).toEqual(GROUPS);
      expect(await page.locator('.summary').textContent()).toBe('9 lỗi, 6 cảnh báo');
      const tanLap = problem(page, 'Tân Lập', 'G7');
      expect(await tanLap.locator('.where').textContent()).toBe('Trang Tân Lập, dòng 7, cột Ngày ra mắt (G7)');
      expect(await tanLap.locator('.value').textContent()).toBe('Giá trị: 31/02/2019');
      expect(await tanLap.locator('.sev').textContent()).toBe('Lỗi');
      // No horizontal scroll at 300 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(300);
      await screenshot(page, 'sidebar-check');
    });

    test('a model type "<img src=x onerror=alert(1)>" shows literally and runs nothing', async () => {
      const item = problem(page, 'Hàm Mỹ', 'C9');
      expect(await item.locator('.value').textContent()).toBe(`Giá trị: ${XSS}`);
      expect(await item.locator('.message').textContent()).toContain(XSS);
      expect(await page.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });

    test('clicking a problem selects its cell in the sheet', async () => {
      await problem(page, 'Tân Lập', 'G7').click();
      const state = await until(() => stateOf(server.url), (s) => s.activeRange === 'G7', 'the active range');
      expect(state).toEqual({ activeSheet: 'Tân Lập', activeRange: 'G7', issues: 15 });
      await page.getByText('Đã chọn ô G7 trang Tân Lập.').waitFor();
    });

    test('the unit filter shows one unit', async () => {
      await page.getByLabel('Xem đơn vị').selectOption('Tân Lập');
      expect(await page.locator('section.group h3').allTextContents()).toEqual(['Tân Lập 3 lỗi · 0 cảnh báo']);
      await page.getByLabel('Xem đơn vị').selectOption('');
      expect(await page.locator('section.group').count()).toBe(8);
    });

    test('after the value is fixed, "Kiểm tra lại" makes the problem disappear', async () => {
      await editCell(server.url, 'Tân Lập', 'G7', '28/02/2019');
      await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
      await problem(page, 'Tân Lập', 'G7').waitFor({ state: 'detached' });
      // The row now counts: its empty "Sinh hoạt gần nhất" (M7) becomes a W02 warning.
      expect(await page.locator('.summary').textContent()).toBe('8 lỗi, 7 cảnh báo');
      expect(await problem(page, 'Tân Lập', 'M7').locator('.sev').textContent()).toBe('Cảnh báo');
      expect((await stateOf(server.url)).issues).toBe(15);
    });

    test('Kiểm tra has no serious or critical accessibility violation', async () => {
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('Báo cáo: the period\'s figures and chart, then a report with its link', async () => {
      await page.getByRole('tab', { name: 'Báo cáo' }).click();
      await page.locator('.bars li').first().waitFor();
      // 82 sites in the sample, plus the row fixed above.
      expect(await page.locator('.figures dd').first().textContent()).toBe('83');
      expect(await page.locator('.bars li').count()).toBe(14);
      await page.getByLabel('Lưu thêm bản PDF').check();
      await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
      const link = page.getByRole('link', { name: 'Mở báo cáo' });
      await link.waitFor({ timeout: 30000 });
      expect(await link.getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/open\?id=[\w-]+$/);
      expect(await page.getByRole('link', { name: 'Mở bản PDF' }).count()).toBe(1);
      await screenshot(page, 'sidebar-report');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  describe('sidebar by keyboard only', () => {
    let server: SidebarServer;
    let browser: Browser;

    beforeAll(async () => {
      server = await startSidebarServer({ data: buildSampleWorkbook(), now: NOW });
      browser = await openBrowser();
      await browser.page.goto(server.url);
      await browser.page.locator('button.problem').first().waitFor();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('Tab reaches every control of each part, and Enter activates them', async () => {
      const { page } = browser;
      const checkControls = await controls(page);
      expect(checkControls.length).toBeGreaterThan(15);
      expect((await tabWalk(page)).sort()).toEqual([...checkControls].sort());

      // Enter on a problem selects its cell.
      await page.locator('button.problem[data-cell="C9"]').focus();
      await page.keyboard.press('Enter');
      await until(() => stateOf(server.url), (s) => s.activeRange === 'C9', 'C9 selected by Enter');

      // Enter on "Kiểm tra lại" runs the check again.
      await page.getByRole('button', { name: 'Kiểm tra lại' }).focus();
      await page.keyboard.press('Enter');
      await until(() => stateOf(server.url), (s) => s.issues === 15, 'the check run by Enter');

      // Enter on the "Báo cáo" tab shows that part; Tab then reaches each of its controls.
      await page.getByRole('tab', { name: 'Báo cáo' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('.bars li').first().waitFor();
      const reportControls = await controls(page);
      expect(reportControls).toEqual(expect.arrayContaining(['input#report-as-of', 'input#report-from', 'input#report-pdf', 'button:Tạo báo cáo']));
      expect((await tabWalk(page)).sort()).toEqual([...reportControls].sort());
      await page.locator('#report-pdf').focus();
      await page.keyboard.press('Space');
      expect(await page.locator('#report-pdf').isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Tạo báo cáo' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: 'Mở báo cáo' }).waitFor({ timeout: 30000 });
    });
  });

  describe('sidebar with 5,010 problems', () => {
    test('shows 200 problems of a group and a "Xem thêm" control that adds 200 more', async () => {
      const server = await startSidebarServer({ data: buildLargeSample(334), now: NOW });
      const browser = await openBrowser();
      try {
        const { page } = browser;
        await page.goto(server.url);
        await page.locator('button.problem').first().waitFor({ timeout: 60000 });
        timings.largeFirstListMs = Number(await page.evaluate(() => document.body.dataset.firstListMs));
        expect(await page.locator('.summary').textContent()).toBe('3006 lỗi, 2004 cảnh báo');
        const tanLap = page.locator('section.group', { has: page.locator('h3', { hasText: 'Tân Lập' }) });
        expect(await tanLap.locator('button.problem').count()).toBe(200);
        await tanLap.getByRole('button', { name: 'Xem thêm 200 (còn 802)' }).click();
        expect(await tanLap.locator('button.problem').count()).toBe(400);
        expect(await page.locator('button.problem').count()).toBeLessThan(2000);
      } finally {
        await browser.close();
        await server.close();
      }
    });
  });
}
