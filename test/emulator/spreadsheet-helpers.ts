/** Shared set-up for the SpreadsheetApp emulator tests: the app seen through the counting boundary. */
import { CallCounter } from '../../emulator/runtime/calls';
import { Clock } from '../../emulator/runtime/clock';
import { wrap } from '../../emulator/runtime/boundary';
import { GasException } from '../../emulator/runtime/errors';
import { createSpreadsheetApp, type SpreadsheetAppOptions } from '../../emulator/spreadsheet';

export function setup(opts: Partial<SpreadsheetAppOptions> = {}) {
  const clock = new Clock('2019-04-24T03:00:00Z');
  const calls = new CallCounter();
  const created = createSpreadsheetApp({ clock, ui: { kind: 'ui' }, ownerEmail: 'owner@example.org', activeUserEmail: 'user@example.org', ...opts });
  const app = wrap(created.app, calls);
  return { clock, calls, app, spreadsheet: created.spreadsheet, ss: app.getActiveSpreadsheet(), sheet: app.getActiveSheet() };
}

/** Asserts an Apps Script exception with exactly this text. */
export function expectGasError(fn: () => unknown, text: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(GasException);
  expect((caught as Error).message).toBe(text);
  expect(String(caught)).toBe(`Exception: ${text}`);
}
