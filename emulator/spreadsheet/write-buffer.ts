/**
 * AS39: Apps Script batches spreadsheet writes and applies them at `SpreadsheetApp.flush()`,
 * when the same execution next reads or changes the spreadsheet in another way, and when the
 * execution ends (navigation such as `getRange` or `getSheetByName` applies nothing). Until then another execution (one that was waiting for the lock) reads the
 * old content. The emulator buffers whole value writes (`setValues`, `setValue`,
 * `setFormula(s)`, `setRichTextValue(s)`) made by the bundle: one closure per call, never per
 * cell. Shape and length errors are still thrown at the call, as Apps Script does.
 *
 * Only calls that come through the counting boundary are buffered: the Emulator "arms" the
 * buffer before a buffered method of the bundle (`claim`), so the emulator's own calls and a
 * test's direct reads of `emu.spreadsheet` see what another execution would see.
 */

/** The bundle calls whose effect is deferred; every other spreadsheet call flushes first. */
export const BUFFERED_CALLS: ReadonlySet<string> = new Set([
  'Range.setValues', 'Range.setValue', 'Range.setFormula', 'Range.setFormulas', 'Range.setRichTextValue', 'Range.setRichTextValues',
]);

/**
 * Calls that only navigate (find a sheet, make a range, read a range's geometry): they
 * neither read nor change cells, so they leave the pending writes pending.
 */
export const NEUTRAL_CALLS: ReadonlySet<string> = new Set([
  'SpreadsheetApp.getActiveSpreadsheet', 'SpreadsheetApp.getActive', 'SpreadsheetApp.getActiveSheet', 'SpreadsheetApp.getUi',
  'Spreadsheet.getSheetByName', 'Spreadsheet.getSheets', 'Spreadsheet.getId', 'Spreadsheet.getName', 'Spreadsheet.getUrl',
  'Spreadsheet.getSpreadsheetTimeZone', 'Spreadsheet.getSpreadsheetLocale',
  'Sheet.getRange', 'Sheet.getName', 'Sheet.getSheetId', 'Sheet.getParent',
  'Range.getRow', 'Range.getColumn', 'Range.getNumRows', 'Range.getNumColumns', 'Range.getLastRow', 'Range.getLastColumn',
  'Range.getA1Notation', 'Range.getSheet', 'Range.offset', 'Range.getCell',
]);

/** The classes whose calls see (and so first apply) the execution's pending writes. */
export const SPREADSHEET_CLASSES: ReadonlySet<string> = new Set([
  'SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList', 'Protection', 'EmbeddedChart', 'EmbeddedChartBuilder',
]);

export class WriteBuffer {
  private pending: (() => void)[] = [];
  private armed = false;

  /** Called by the boundary before each bundle call (`Range.setValues`). */
  beforeCall(className: string, key: string): void {
    if (!SPREADSHEET_CLASSES.has(className)) return;
    this.armed = BUFFERED_CALLS.has(key);
    if (!this.armed && !NEUTRAL_CALLS.has(key)) this.flush();
  }

  /** Whether the write being made now will be deferred. */
  get deferring(): boolean {
    return this.armed;
  }

  /** Runs `write` now, or later when the bundle's current call is a buffered one. */
  commit(write: () => void): void {
    if (!this.armed) {
      write();
      return;
    }
    this.armed = false;
    this.pending.push(write);
  }

  /** Applies the pending writes in the order they were made. */
  flush(): void {
    this.armed = false;
    if (this.pending.length === 0) return;
    const writes = this.pending;
    this.pending = [];
    for (const w of writes) w();
  }

  /** Writes made and not yet visible to other executions. */
  get size(): number {
    return this.pending.length;
  }
}
