import { buildSampleWorkbook } from '../../emulator/sample';
import { startSidebarServer, type SidebarServer } from '../../emulator/sidebar/server';
import { NOW } from './harness';

let server: SidebarServer;

beforeAll(async () => {
  server = await startSidebarServer({ data: buildSampleWorkbook(), now: NOW });
});
afterAll(() => server.close());

async function post(path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

describe('npm run sidebar (the development server)', () => {
  test('serves the page showSidebar shows, with the google.script.run shim and the public function names', async () => {
    const res = await fetch(server.url);
    const html = await res.text();
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('<body data-today="2019-04-24" data-from="2018-10-25">');
    expect(html).toMatch(/window\.__gasFunctions = \[[^\]]*"getProblems"/);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('POST /__run/NAME runs the bundle function; GET /__state tells the selection and the last check\'s count', async () => {
    expect(await (await fetch(new URL('/__state', server.url))).json()).toEqual({ activeSheet: 'Cấu hình', activeRange: 'A1', issues: null });
    const problems = await post('/__run/getProblems', []);
    expect(problems.status).toBe(200);
    expect((problems.json as { ok: boolean; result: { errors: number } }).result.errors).toBe(9);
    expect(await post('/__run/selectCell', ['Hàm Mỹ', 'C9'])).toEqual({ status: 200, json: { ok: true, result: { sheet: 'Hàm Mỹ', cell: 'C9' } } });
    expect(await (await fetch(new URL('/__state', server.url))).json()).toEqual({ activeSheet: 'Hàm Mỹ', activeRange: 'C9', issues: 15 });
  });

  test('private and unknown names are refused as google.script.run refuses them (AS04)', async () => {
    expect(await post('/__run/checkWorkbook_', [])).toEqual({ status: 404, json: { ok: false, error: { name: 'TypeError', message: 'google.script.run.checkWorkbook_ is not a function' } } });
    expect((await post('/__run/nothing', [])).status).toBe(404);
  });

  test('POST /__edit types a value as a user would (onEdit runs) and selects it', async () => {
    const state = await post('/__edit', { sheet: 'Tân Lập', cell: 'G7', value: '28/02/2019' });
    expect(state.json).toMatchObject({ activeSheet: 'Tân Lập', activeRange: 'G7' });
    const check = server.emulator.spreadsheet!.getSheetByName('Tân Lập')!;
    expect(check.getRange('G7').getDisplayValue()).toBe('28/02/2019');
  });
});
