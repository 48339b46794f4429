/**
 * Smaller API details (AS44–AS48), with expected values from Google's reference pages and
 * from gas-fakes' test suite, which runs the same checks against live Apps Script
 * (sources in docs/apps-script-sources.md).
 */
import { Emulator } from '../../emulator/emulator';
import { expectGasError, setup } from './spreadsheet-helpers';

function emulatorWith(code: string): Emulator {
  return new Emulator({ now: '2019-04-24T08:00:00+07:00' }).loadCode(code);
}

describe('AS44 A1 notation of whole rows and columns', () => {
  test('AS44 getRange of whole rows / columns spans the sheet and keeps its notation', () => {
    const { sheet } = setup();
    const rows = sheet.getRange('5:7');
    expect([rows.getRow(), rows.getNumRows(), rows.getColumn(), rows.getNumColumns()]).toEqual([5, 3, 1, sheet.getMaxColumns()]);
    expect(rows.getA1Notation()).toBe('5:7');
    const cols = sheet.getRange('D:F');
    expect([cols.getRow(), cols.getNumRows(), cols.getColumn(), cols.getNumColumns()]).toEqual([1, sheet.getMaxRows(), 4, 3]);
    expect(cols.getA1Notation()).toBe('D:F');
    expect(sheet.getRange('A:A').getA1Notation()).toBe('A:A');
    expect(sheet.getRange('3:3').getA1Notation()).toBe('3:3');
    expect(sheet.getRange('5:2').getA1Notation()).toBe('2:5');
    expect(sheet.getRange('D:B').getA1Notation()).toBe('B:D');
    expect(sheet.getRange('C5:B2').getA1Notation()).toBe('B2:C5');
    expect(sheet.getRange('$C$3').getA1Notation()).toBe('C3');
  });
});

describe('AS45 colour names are stored as #rrggbb', () => {
  test('AS45 setBackground / setFontColor take CSS names in any case and read back lower-case hex', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setBackground('red');
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ff0000']]);
    r.setBackgrounds([['LIGHTCORAL', '#FFAA00']]);
    expect(r.getBackgrounds()).toEqual([['#f08080', '#ffaa00']]);
    r.setFontColor('yellow');
    expect(r.getFontColor()).toBe('#ffff00');
    r.setFontColors([['blue', 'Black']]);
    expect(r.getFontColors()).toEqual([['#0000ff', '#000000']]);
    r.setBackground(null);
    expect(r.getBackground()).toBe('#ffffff');
  });

  test('AS45 a string that is not a colour fails loudly in the emulator', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setBackground('not-a-real-color')).toThrow('Emulator: "not-a-real-color" is not a colour name or #rrggbb');
  });
});

describe('AS46 toString of service objects', () => {
  test('AS46 a service object prints as its class name; advanced services as their identifier', () => {
    const emu = emulatorWith(`function names() {
      var ss = SpreadsheetApp.getActiveSpreadsheet();
      var sheet = ss.getActiveSheet();
      return [String(SpreadsheetApp), String(ss), String(sheet), String(sheet.getRange('A1')), '' + SpreadsheetApp.newDataValidation(),
        String(SpreadsheetApp.newDataValidation().requireValueInList(['a']).build()), String(LockService.getScriptLock()),
        String(Drive), String(Drive.Files), String(Docs), String(Docs.Documents)];
    }`);
    expect(emu.run('names')).toEqual([
      'SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'DataValidationBuilder', 'DataValidation', 'Lock',
      'AdvancedServiceIdentifier{name=drive, version=v3}', 'AdvancedServiceIdentifier{name=drive, version=v3}',
      'AdvancedServiceIdentifier{name=docs, version=v1}', 'AdvancedServiceIdentifier{name=docs, version=v1}',
    ]);
  });
});

describe('AS47 negative lock timeouts', () => {
  test('AS47 tryLock(-100) fails on a free lock; waitLock(-100) throws the timeout; 0 gets a free lock', () => {
    const emu = emulatorWith(`function locks() {
      var lock = LockService.getScriptLock();
      var out = [lock.tryLock(-100), lock.hasLock()];
      var error = '';
      try { lock.waitLock(-100); } catch (e) { error = e.message; }
      out.push(error, lock.hasLock(), lock.tryLock(0), lock.hasLock());
      return out;
    }`);
    expect(emu.run('locks')).toEqual([false, false, 'Lock timeout: another process was holding the lock for too long.', false, true, true]);
  });
});

describe('AS48 a fresh DataValidationBuilder', () => {
  test('AS48 has no criteria, no values, no help text and allows invalid input', () => {
    const { app } = setup();
    const b = app.newDataValidation();
    expect(b.getCriteriaType()).toBeNull();
    expect(b.getCriteriaValues()).toEqual([]);
    expect(b.getHelpText()).toBeNull();
    expect(b.getAllowInvalid()).toBe(true);
    expect(b.copy().getCriteriaType()).toBeNull();
    const built = b.requireValueInList(['a', 'b']).build();
    expect(String(built.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(built.getHelpText()).toBeNull();
    expect(b.setHelpText('chọn').build().getHelpText()).toBe('chọn');
  });
});

test('AS44 a sheet protection\'s range is the whole sheet and has no A1 notation', () => {
  const { sheet } = setup();
  const range = sheet.protect().getRange();
  expect([range.getNumRows(), range.getNumColumns()]).toEqual([sheet.getMaxRows(), sheet.getMaxColumns()]);
  expect(range.getA1Notation()).toBe('');
  expect(sheet.getRange('B2').protect().getRange().getA1Notation()).toBe('B2');
});

test('AS44 a Range outside the sheet is still refused', () => {
  const { sheet } = setup();
  expectGasError(() => sheet.getRange('A1:A1001'), 'The coordinates of the range are outside the dimensions of the sheet.');
});

describe('AS49 setFormula on several cells moves relative references', () => {
  test('AS49 =A1 on a 2×2 range gives =A1 =B1 / =A2 =B2; $ parts, strings, sheet names and function names stay', () => {
    const { sheet } = setup();
    const r = sheet.getRange('D5:E6');
    r.setFormula('=A1');
    expect(r.getFormulas()).toEqual([['=A1', '=B1'], ['=A2', '=B2']]);
    r.setFormula('=SUM($A$1:B$2)+LOG10(C3)&"A1"&Sheet1!$B4&\'My A1\'!A1');
    expect(r.getFormulas()).toEqual([
      ['=SUM($A$1:B$2)+LOG10(C3)&"A1"&Sheet1!$B4&\'My A1\'!A1', '=SUM($A$1:C$2)+LOG10(D3)&"A1"&Sheet1!$B4&\'My A1\'!B1'],
      ['=SUM($A$1:B$2)+LOG10(C4)&"A1"&Sheet1!$B5&\'My A1\'!A2', '=SUM($A$1:C$2)+LOG10(D4)&"A1"&Sheet1!$B5&\'My A1\'!B2'],
    ]);
    sheet.getRange('A1:B1').setFormula('=HYPERLINK("#gid=0&range=A1","Mở ô")');
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=HYPERLINK("#gid=0&range=A1","Mở ô")', '=HYPERLINK("#gid=0&range=A1","Mở ô")']]);
  });
});

describe('AS50 setNumberFormat(\'general\')', () => {
  test('AS50 reads back 0.############### and shows numbers as General does', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setValues([[12.5, 3]]);
    r.setNumberFormat('#,##0.00');
    r.setNumberFormat('general');
    expect(r.getNumberFormats()).toEqual([['0.###############', '0.###############']]);
    expect(r.getDisplayValues()).toEqual([['12.5', '3']]);
    r.setNumberFormats([['General', '0.00']]);
    expect(r.getNumberFormats()).toEqual([['0.###############', '0.00']]);
  });
});

describe('AS51 Drive create/update media rules', () => {
  const SCRIPT = `
    function mediaString() { try { Drive.Files.create({ name: 'a.txt' }, 'foo'); return 'no error'; } catch (e) { return e.message; } }
    function namelessBlob() { try { DriveApp.createFile(Utilities.newBlob('')); return 'no error'; } catch (e) { return e.message; } }
    function replaceMedia() {
      var f = Drive.Files.create({ name: 'u.txt', mimeType: 'text/plain' });
      var pdf = Utilities.newBlob([37, 80, 68, 70], 'application/pdf', 'r.pdf');
      var u = Drive.Files.update({ name: 'r.pdf' }, f.id, pdf);
      return [u.id === f.id, u.mimeType, u.name, DriveApp.getFileById(f.id).getBlob().getBytes().join(',')];
    }`;

  test('AS51 media must be a Blob; a blob made into a file needs a name; update with media replaces content and type', () => {
    const emu = emulatorWith(SCRIPT);
    expect(emu.run('mediaString')).toBe('The mediaData parameter only supports Blob types for upload.');
    expect(emu.run('namelessBlob')).toBe('Blob object must have non-null name for this operation.');
    expect(emu.run('replaceMedia')).toEqual([true, 'application/pdf', 'r.pdf', '37,80,68,70']);
  });
});
