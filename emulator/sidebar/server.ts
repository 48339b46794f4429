/**
 * `npm run sidebar`: the sidebar page served on 127.0.0.1 over the emulator running
 * dist/Code.js on a workbook. GET / runs `showSidebar` and serves the page it shows, with a
 * google.script.run shim (shim.ts) whose calls come back as POST /__run/NAME. The test bed
 * reads the editor's state at GET /__state and types into a cell with POST /__edit.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { Emulator } from '../emulator';
import { clientResult, isCallableName } from '../script-run/rules';
import { clientError } from '../script-run/queue';
import type { EmuSpreadsheet } from '../spreadsheet';
import type { WorkbookData } from '../workbook-data';

export const SIDEBAR_BUNDLE = join(__dirname, '..', '..', 'dist', 'Code.js');

export interface SidebarServerOptions {
  data: WorkbookData;
  /** The emulator clock's start (`--today D` is noon of D in Vietnam). */
  now?: string | number;
  port?: number;
  bundle?: string;
}

export interface SidebarServer {
  url: string;
  emulator: Emulator;
  close(): Promise<void>;
}

/** What GET /__state answers: the editor's selection and the number of problems of the last check. */
export interface SidebarState {
  activeSheet: string;
  activeRange: string;
  issues: number | null;
}

function shimScript(): string {
  const out = buildSync({ entryPoints: [join(__dirname, 'shim.ts')], bundle: true, format: 'iife', target: 'es2020', platform: 'browser', write: false, logLevel: 'warning' });
  return out.outputFiles[0].text;
}

/** The number of problems in a check's result (validateAll, getProblems, checkAgain), else null. */
function problemCount(result: unknown): number | null {
  if (typeof result !== 'object' || result === null) return null;
  const r = result as { errors?: unknown; warnings?: unknown };
  return typeof r.errors === 'number' && typeof r.warnings === 'number' ? r.errors + r.warnings : null;
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : null;
}

function send(res: ServerResponse, status: number, type: string, text: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(text);
}

const sendJson = (res: ServerResponse, status: number, value: unknown): void => send(res, status, 'application/json', JSON.stringify(value));

export async function startSidebarServer(options: SidebarServerOptions): Promise<SidebarServer> {
  const emu = new Emulator({ data: options.data, now: options.now ?? Date.now(), timeZone: options.data.timeZone });
  emu.load(options.bundle ?? SIDEBAR_BUNDLE);
  emu.runSimpleTrigger('onOpen'); // the editor opens the sheet: the menu is built
  const book = emu.spreadsheet as EmuSpreadsheet;
  const functions = emu.functionNames().filter(isCallableName);
  const shim = `<script>window.__gasFunctions = ${JSON.stringify(functions)};\n${shimScript()}</script>`;
  let issues: number | null = null;

  const page = (): string => {
    emu.run('showSidebar');
    const html = emu.ui.dialogs[emu.ui.dialogs.length - 1].html;
    return html.replace('<head>', () => `<head>\n${shim}`);
  };

  const run = (name: string, args: unknown): { status: number; answer: unknown } => {
    if (!isCallableName(name) || !functions.includes(name) || !Array.isArray(args)) {
      return { status: 404, answer: { ok: false, error: { name: 'TypeError', message: `google.script.run.${name} is not a function` } } };
    }
    try {
      const result = clientResult(emu.call(name, args, 'FULL'));
      issues = problemCount(result) ?? issues;
      return { status: 200, answer: { ok: true, result } };
    } catch (e) {
      const error = clientError(e);
      return { status: 200, answer: { ok: false, error: { name: error.name, message: error.message } } };
    }
  };

  const edit = (input: unknown): SidebarState | { error: string } => {
    const { sheet, cell, value } = (input ?? {}) as { sheet?: string; cell?: string; value?: unknown };
    const target = typeof sheet === 'string' ? book.getSheetByName(sheet) : null;
    if (!target || typeof cell !== 'string') return { error: 'POST /__edit needs {sheet, cell, value}' };
    const range = target.getRange(cell);
    const oldValue = range.getValue();
    range.setValue(value);
    range.activate();
    // A user's edit fires the simple trigger, as in the editor (AS25).
    emu.runSimpleTrigger('onEdit', { range, source: book, value: String(value), oldValue });
    return state();
  };

  const state = (): SidebarState => {
    const sheet = book.getActiveSheet();
    return { activeSheet: sheet.getName(), activeRange: sheet.getActiveRange().getA1Notation(), issues };
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const handle = async (): Promise<void> => {
      if (req.method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html', page());
      if (req.method === 'GET' && url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      if (req.method === 'GET' && url.pathname === '/__state') return sendJson(res, 200, state());
      if (req.method === 'POST' && url.pathname === '/__edit') {
        const result = edit(await body(req));
        return sendJson(res, 'error' in result ? 400 : 200, result);
      }
      if (req.method === 'POST' && url.pathname.startsWith('/__run/')) {
        const { status, answer } = run(decodeURIComponent(url.pathname.slice('/__run/'.length)), await body(req));
        return sendJson(res, status, answer);
      }
      sendJson(res, 404, { error: `not found: ${url.pathname}` });
    };
    handle().catch((e: unknown) => sendJson(res, 500, { ok: false, error: { name: 'Error', message: String((e as Error).message ?? e) } }));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    emulator: emu,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
