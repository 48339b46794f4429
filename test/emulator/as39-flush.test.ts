/**
 * AS39: writes are buffered per execution and applied at SpreadsheetApp.flush(), at the
 * execution's next other spreadsheet call, and at its end. A second execution waiting for
 * the document lock runs when the first releases it and reads the sheet as it is then.
 */
import { Emulator } from '../../emulator/emulator';

const SCRIPT = `
  function write(flush) {
    var sheet = SpreadsheetApp.getActiveSheet();
    var lock = LockService.getDocumentLock();
    lock.waitLock(1000);
    var rows = [['new', 1], ['new', 2]];
    sheet.getRange(1, 1, 2, 2).setValues(rows);
    rows[0][0] = 'changed after the call';
    sheet.getRange('C1').setValue('c');
    if (flush) SpreadsheetApp.flush();
    lock.releaseLock();
    return 'done';
  }
  function writeThenRead() {
    var sheet = SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1').setValue('mine');
    return sheet.getRange('A1').getValue();
  }
  function writeAndEnd() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue('at the end'); }
  function tooManyRows() { SpreadsheetApp.getActiveSheet().getRange('A1:B1').setValues([['a', 'b'], ['c', 'd']]); }`;

function emulator(): Emulator {
  const emu = new Emulator({ now: '2019-04-24T08:00:00+07:00' }).loadCode(SCRIPT);
  emu.spreadsheet!.getSheets()[0].getRange('A1:C2').setValues([['old', 0, ''], ['old', 0, '']]);
  return emu;
}

/** What the other execution reads as soon as it gets the document lock. */
function readByNext(emu: Emulator): () => unknown[][] {
  let seen: unknown[][] = [];
  emu.locks.whenReleased('document', () => {
    seen = emu.spreadsheet!.getSheets()[0].getRange('A1:C2').getValues();
  });
  return () => seen;
}

describe('AS39 SpreadsheetApp.flush and buffered writes', () => {
  test('AS39 without flush before releaseLock the execution waiting for the lock reads stale data', () => {
    const emu = emulator();
    const seen = readByNext(emu);
    expect(emu.call('write', [false])).toBe('done');
    expect(seen()).toEqual([['old', 0, ''], ['old', 0, '']]);
    // The end of the execution applies the writes anyway.
    expect(emu.spreadsheet!.getSheets()[0].getRange('A1:C2').getValues()).toEqual([['new', 1, 'c'], ['new', 2, '']]);
  });

  test('AS39 flush before releaseLock makes the writes visible to the next execution, as they were at the call', () => {
    const emu = emulator();
    const seen = readByNext(emu);
    emu.call('write', [true]);
    expect(seen()).toEqual([['new', 1, 'c'], ['new', 2, '']]);
  });

  test('AS39 the execution itself reads its own writes (a read applies them first)', () => {
    const emu = emulator();
    expect(emu.run('writeThenRead')).toBe('mine');
  });

  test('AS39 the end of the execution applies pending writes before releasing its locks', () => {
    const emu = emulator();
    emu.run('writeAndEnd');
    expect(emu.spreadsheet!.getSheets()[0].getRange('A1').getValue()).toBe('at the end');
  });

  test('AS39 a write of the wrong shape still fails at the call, not at the flush', () => {
    const emu = emulator();
    expect(() => emu.run('tooManyRows')).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 1.');
    expect(emu.spreadsheet!.getSheets()[0].getRange('A1').getValue()).toBe('old');
  });
});
