/**
 * AS39 through dist/Code.js: an execution waiting for the document lock runs the moment the
 * add-on releases it, while the add-on's execution has not ended. It must read everything
 * the add-on wrote under the lock: the emulator applies buffered writes only at
 * SpreadsheetApp.flush() (or at the end of the execution, too late for the waiting one).
 */
import { SHEETS } from '../../src/core/schema';
import type { Emulator } from '../../emulator/emulator';
import { AS_OF, emulator, valuesOf } from './harness';

/** The owned sheets as the waiting execution reads them when it gets the lock. */
function readByNextLockHolder(emu: Emulator): () => Record<string, unknown[][]> {
  let seen: Record<string, unknown[][]> = {};
  emu.locks.whenReleased('document', () => {
    seen = Object.fromEntries([SHEETS.issues, SHEETS.totals, SHEETS.log].map((name) => [name, valuesOf(emu, name)]));
  });
  return () => seen;
}

function settled(emu: Emulator): Record<string, unknown[][]> {
  return Object.fromEntries([SHEETS.issues, SHEETS.totals, SHEETS.log].map((name) => [name, valuesOf(emu, name)]));
}

describe('AS39 the add-on flushes before releasing the document lock', () => {
  let emu: Emulator;
  beforeEach(() => {
    emu = emulator();
    emu.run('menuSetup');
  });

  test('AS39 validateAll: the next lock holder reads the new Lỗi dữ liệu and Nhật ký', () => {
    const before = valuesOf(emu, SHEETS.issues);
    const seen = readByNextLockHolder(emu);
    emu.run('validateAll');
    const after = settled(emu);
    expect(after[SHEETS.issues]).not.toEqual(before);
    expect(seen()).toEqual(after);
    expect(emu.calls.get('SpreadsheetApp.flush')).toBeGreaterThanOrEqual(1);
  });

  test('AS39 updateTotals: the next lock holder reads the new Tổng hợp', () => {
    const before = valuesOf(emu, SHEETS.totals);
    const seen = readByNextLockHolder(emu);
    emu.call('updateTotals', [AS_OF]);
    const after = settled(emu);
    expect(after[SHEETS.totals]).not.toEqual(before);
    expect(seen()).toEqual(after);
  });
});
