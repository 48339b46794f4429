/**
 * The sidebar's "Nhắc việc" part in chromium over the development server: today's preview
 * against `antt remind`'s plan for the same day on the same workbook, the schedule checkbox,
 * "Gửi ngay" behind its confirmation, each send's status and the last sends, a unit named
 * like an XSS payload, keyboard use, axe-core and a screenshot.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildSampleWorkbook } from '../../emulator/sample';
import { startSidebarServer, type SidebarServer } from '../../emulator/sidebar/server';
import { readXlsx, writeXlsx } from '../../emulator/xlsx';
import { browserMode, controls, openSidebar, screenshot, seriousViolations, SKIP_MESSAGE, tabWalk, type Browser } from './browser';

const DAY = '2019-04-24';
const XSS = '<img src=x onerror=alert(1)>';
const ROOT = join(__dirname, '..', '..');

interface Planned {
  unit: string | null;
  stage: string;
  to: string[];
  cc: string[];
  subject: string;
}

/** What the part shows of today's reminders, read back from the page. */
function previewOf(page: Page): Promise<Planned[]> {
  return page.locator('#panel-remind li.mail').evaluateAll((items) =>
    items.map((li) => {
      const list = (cls: string): string[] => {
        const text = li.querySelector(`.${cls} .addrs`)?.textContent ?? '';
        return text === '' ? [] : text.split(', ');
      };
      const unit = (li as HTMLElement).dataset.unit ?? '';
      return { unit: unit === '' ? null : unit, stage: (li as HTMLElement).dataset.stage ?? '', to: list('to'), cc: list('cc'), subject: li.querySelector('.subject')?.textContent ?? '' };
    }),
  );
}

/** `antt remind FILE --today D --json` on a fresh state: the day's plan as the CLI sends it. */
function cliPlanOf(file: string, day: string, outbox: string): Planned[] {
  const out = execFileSync('node', [join(ROOT, 'bin', 'antt.js'), 'remind', file, '--today', day, '--outbox', outbox, '--json'], { encoding: 'utf8' });
  return (JSON.parse(out) as { sends: (Planned & { status: string })[] }).sends.map(({ unit, stage, to, cc, subject }) => ({ unit, stage, to, cc, subject }));
}

const scheduled = (server: SidebarServer): boolean => (server.emulator.call('getReminderStatus', [], 'FULL') as { scheduled: boolean }).scheduled;

const mode = browserMode();

if (mode === 'fail') {
  test('chromium is installed (CI)', () => {
    throw new Error(SKIP_MESSAGE);
  });
} else if (mode === 'skip') {
  test.skip(SKIP_MESSAGE, () => undefined);
} else {
  describe('sidebar Nhắc việc in chromium', () => {
    const dir = mkdtempSync(join(tmpdir(), 'antt-remind-'));
    const file = join(dir, 'sample.xlsx');
    let cliPlan: Planned[];
    let server: SidebarServer;
    let browser: Browser;
    let page: Page;
    const dialogs: string[] = [];

    beforeAll(async () => {
      // The sample with Hàm Cần's name replaced by the payload, as an .xlsx both sides read.
      const data = buildSampleWorkbook();
      const units = data.sheets.find((s) => s.name === 'Đơn vị')!;
      units.values.find((r) => r[0] === 'HAM_CAN')![1] = XSS;
      await writeXlsx(data, file);
      cliPlan = cliPlanOf(file, DAY, join(dir, 'outbox'));

      server = await startSidebarServer({ data: await readXlsx(file), now: `${DAY}T12:00:00+07:00` });
      browser = await openSidebar(server.url, dialogs);
      page = browser.page;
      await page.getByRole('tab', { name: 'Nhắc việc' }).click();
      await page.locator('#panel-remind li.mail').first().waitFor();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('today\'s preview is antt remind\'s plan for the same day: unit, stage, to, cc, subject', async () => {
      expect(cliPlan).toHaveLength(14);
      expect(await previewOf(page)).toEqual(cliPlan);
      expect(await page.locator('#panel-remind h3', { hasText: 'Thư nhắc hôm nay' }).textContent()).toBe('Thư nhắc hôm nay (14)');
      const hamCan = page.locator('#panel-remind li.mail[data-unit="HAM_CAN"]');
      expect(await hamCan.locator('.mail-head').textContent()).toBe(`Nhắc trước hạn – ${XSS}`);
      expect(await hamCan.locator('.to').textContent()).toBe('Gửi: hamcan.cat@example.gov.vn');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(300);
      await screenshot(page, 'sidebar-remind');
    });

    test('the schedule is off, each unit is unconfirmed this period, nothing sent yet', async () => {
      expect(await page.locator('#remind-schedule').isChecked()).toBe(false);
      await page.getByText('Đang tắt: chỉ gửi khi bấm "Gửi ngay".').waitFor();
      expect(await page.locator('#panel-remind h3', { hasText: 'Xác nhận số liệu' }).textContent()).toBe('Xác nhận số liệu kỳ 04/2019');
      expect(await page.locator('.confirmations dd[data-unit="HAM_CAN"]').textContent()).toBe('Chưa xác nhận');
      expect(await page.locator('.last-sends li').allTextContents()).toEqual(['Chưa có lần gửi nào.']);
    });

    test('a unit named "<img src=x onerror=alert(1)>" shows literally and runs nothing', async () => {
      expect(await page.locator('.confirmations dt', { hasText: XSS }).count()).toBe(1);
      expect(await page.locator('#panel-remind li.mail[data-unit="HAM_CAN"] .subject').textContent()).toContain(`– ${XSS} (hạn`);
      expect(await page.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });

    test('keyboard only: Tab reaches every control of the part; Space toggles the schedule, Enter asks, Enter cancels', async () => {
      const part = await controls(page);
      expect(part).toEqual(expect.arrayContaining(['input#remind-schedule', 'button#remind-send']));
      expect((await tabWalk(page)).sort()).toEqual([...part].sort());

      await page.locator('#remind-schedule').focus();
      await page.keyboard.press('Space');
      await page.getByText('Đang bật: mỗi ngày khoảng 8 giờ (giờ Việt Nam).').waitFor();
      expect(scheduled(server)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('remind-schedule');

      await page.locator('#remind-send').focus();
      await page.keyboard.press('Enter');
      // The confirmation takes the focus; its two buttons are in the Tab order.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('remind-yes');
      expect((await tabWalk(page)).filter((k) => k.startsWith('button#remind-'))).toEqual(['button#remind-yes', 'button#remind-no']);
      await page.locator('#remind-no').focus();
      await page.keyboard.press('Enter');
      await page.getByText('Đã huỷ, chưa gửi thư nào.').waitFor();
      expect(server.emulator.mail.outbox).toHaveLength(0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('remind-send');
    });

    test('the schedule checkbox turns the daily trigger off again', async () => {
      await page.locator('#remind-schedule').uncheck();
      await page.getByText('Đã tắt lịch nhắc tự động.').waitFor();
      await page.getByText('Đang tắt: chỉ gửi khi bấm "Gửi ngay".').waitFor();
      expect(scheduled(server)).toBe(false);
      expect(await page.locator('#remind-schedule').isChecked()).toBe(false);
    });

    test('Nhắc việc has no serious or critical accessibility violation', async () => {
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('"Gửi ngay" asks with the counts, then sends; each status and the last sends appear', async () => {
      const recipients = cliPlan.reduce((n, p) => n + p.to.length + p.cc.length, 0);
      await page.getByRole('button', { name: 'Gửi ngay' }).click();
      expect(await page.locator('#remind-question').textContent()).toBe(`Gửi ngay 14 thư nhắc việc tới ${recipients} người nhận?`);
      await page.getByRole('button', { name: 'Gửi 14 thư' }).click();
      await page.getByText('Đã gửi 14 thư.').waitFor({ timeout: 30000 });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Đã gửi 14 thư.');
      expect(await page.locator('.sends .send-status').allTextContents()).toEqual(Array(14).fill('đã gửi'));
      expect(await page.locator('.sends li[data-unit="HAM_CAN"]').textContent()).toBe(`${XSS} – Nhắc trước hạn: đã gửi`);
      expect(server.emulator.mail.outbox).toHaveLength(14);
      // The panel reloads: the last sends come from Nhật ký, today's preview is now empty.
      await page.locator('.last-sends li[data-stage]').first().waitFor();
      const last = await page.locator('.last-sends li').allTextContents();
      expect(last).toHaveLength(14);
      expect(last).toContain(`24/04/2019 12:00 ${XSS} – Nhắc trước hạn: đã gửi`);
      expect(await page.locator('#panel-remind li.mail').count()).toBe(0);
      expect(await page.getByText('Hôm nay không có thư nhắc nào đến hạn.').count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Gửi ngay' }).isDisabled()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(300);
      expect(await page.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'sidebar-remind-sent');
    });

    test('after the deadline (2019-04-26) the preview is antt remind\'s plan too: overdue mails with cc, the district summary', async () => {
      const overdue = await startSidebarServer({ data: await readXlsx(file), now: '2019-04-26T12:00:00+07:00' });
      try {
        await page.goto(overdue.url);
        await page.getByRole('tab', { name: 'Nhắc việc' }).click();
        await page.locator('#panel-remind li.mail').first().waitFor();
        const plan = cliPlanOf(file, '2019-04-26', join(dir, 'outbox-26'));
        expect(plan.map((p) => p.stage)).toEqual([...Array(14).fill('qua-han'), 'tong-hop']);
        expect(plan[1].cc).toEqual(['bcd.hamthuannam@example.gov.vn', 'thuongtruc.bcd@example.gov.vn']);
        expect(await previewOf(page)).toEqual(plan);
        expect(await page.locator('#panel-remind li.mail[data-stage="tong-hop"] .mail-head').textContent()).toBe('Tổng hợp gửi huyện – Toàn huyện');
        expect(await page.locator('#panel-remind li.mail[data-unit="HAM_CAN"] .cc').textContent()).toBe('Đồng gửi: bcd.hamthuannam@example.gov.vn, thuongtruc.bcd@example.gov.vn');
      } finally {
        await overdue.close();
      }
    });

    test('a workbook without "Đơn vị": one Vietnamese line, no list, nothing to send', async () => {
      const data = buildSampleWorkbook();
      data.sheets = data.sheets.filter((s) => s.name !== 'Đơn vị');
      const broken = await startSidebarServer({ data, now: `${DAY}T12:00:00+07:00` });
      try {
        await page.goto(broken.url);
        await page.getByRole('tab', { name: 'Nhắc việc' }).click();
        const line = page.locator('#panel-remind .status[data-tone="error"]');
        await line.waitFor();
        expect(await line.textContent()).toMatch(/^Bảng tính thiếu trang "Đơn vị"\. Hãy chạy ".+" trước\.$/);
        expect(await page.locator('#panel-remind li.mail').count()).toBe(0);
        expect(await page.locator('#remind-send').isDisabled()).toBe(true);
      } finally {
        await broken.close();
      }
    });
  });
}
