/**
 * `npm run sidebar -- FILE.xlsx [--port P] [--today D]`: serves the sidebar over the emulator
 * on that workbook until stopped (Ctrl+C). A user's mistake: one Vietnamese + English line,
 * exit 2; anything else: exit 3, no stack trace.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readXlsx, XlsxReadError } from '../xlsx';
import { startSidebarServer } from './server';

class UsageError extends Error {}

const USAGE = 'Cách dùng / usage: npm run sidebar -- FILE.xlsx [--port P] [--today YYYY-MM-DD]';

function options(argv: string[]): { file: string; port: number; now?: string } {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { port: { type: 'string' }, today: { type: 'string' } } });
  const file = positionals[0];
  if (!file) throw new UsageError(`Thiếu tên tệp .xlsx / missing FILE.xlsx. ${USAGE}`);
  if (!existsSync(file)) throw new UsageError(`Không tìm thấy tệp / file not found: ${file}`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Cổng không hợp lệ / invalid port: ${values.port}`);
  const today = values.today;
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`Ngày không hợp lệ: ${today} (cần YYYY-MM-DD) / invalid date: ${today} (expected YYYY-MM-DD)`);
  // Noon in Vietnam, as `antt validate --today D`, so both see the same problems.
  return { file, port, ...(today ? { now: `${today}T12:00:00+07:00` } : {}) };
}

async function main(argv: string[]): Promise<void> {
  const { file, port, now } = options(argv);
  const server = await startSidebarServer({ data: await readXlsx(file), port, now });
  console.log(`Bảng điều khiển / sidebar: ${server.url}  (Ctrl+C để dừng / to stop)`);
  const stop = (): void => {
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function isArgumentError(e: unknown): e is TypeError {
  return e instanceof TypeError && String((e as { code?: string }).code).startsWith('ERR_PARSE_ARGS');
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof UsageError || e instanceof XlsxReadError) console.error(e.message);
  else if (isArgumentError(e)) console.error(`Tham số không hợp lệ / invalid arguments: ${e.message}`);
  else {
    console.error(`Lỗi nội bộ / internal error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(3);
  }
  process.exit(2);
});
