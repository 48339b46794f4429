/** The emulated Spreadsheet: the sheets, the time zone and locale, limits, toasts. */
import type { Clock } from '../runtime/clock';
import { gasError } from '../runtime/errors';
import type { WorkbookData } from '../workbook-data';
import { splitSheetRef } from './a1';
import type { ParseContext } from './cells';
import type { ProtectionTypeName } from './enums';
import { type EmuProtection, type ProtectionOwners, type Sharing } from './protection';
import { User } from '../services/session';
import type { EmuRange } from './range';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, EmuSheet } from './sheet';
import type { Surface } from './surface';
import { exportWorkbook } from './data';
import { isValidTimeZone } from '../runtime/zone';
import { WriteBuffer } from './write-buffer';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const MAX_CELLS = 10_000_000;

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
  /** Emulated time of the toast (ms). */
  at: number;
}

export interface SpreadsheetOptions {
  clock: Clock;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  ownerEmail: string;
  activeUserEmail: string;
  sharing?: Sharing;
}

export type SpreadsheetMethods =
  | 'getId' | 'getName' | 'rename' | 'getUrl' | 'getSheets' | 'getNumSheets' | 'getSheetByName' | 'getSheetById'
  | 'getActiveSheet' | 'setActiveSheet' | 'insertSheet' | 'deleteSheet' | 'getRange' | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale' | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone' | 'toast' | 'getProtections'
  | 'moveActiveSheet' | 'getOwner';

export class EmuSpreadsheet implements Surface<SS, SpreadsheetMethods> {
  static readonly serviceName = 'Spreadsheet';

  sheets: EmuSheet[] = [];
  /** Every toast shown, in order; tests and the CLI read them. */
  readonly toasts: Toast[] = [];
  /** The running execution's writes not yet applied (AS39). */
  readonly writes = new WriteBuffer();
  readonly clock: Clock;
  timeZone: string;
  locale: string;
  name: string;
  readonly id: string;
  private activeSheet: EmuSheet | null = null;
  private nextSheetId = 0;
  private chartIds = 0;
  private readonly ownerEmail: string;
  private readonly activeUserEmail: string;
  private readonly sharing: Required<Sharing>;

  constructor(opts: SpreadsheetOptions) {
    this.clock = opts.clock;
    this.id = opts.id;
    this.name = opts.name;
    this.timeZone = opts.timeZone;
    this.locale = opts.locale;
    this.ownerEmail = opts.ownerEmail;
    this.activeUserEmail = opts.activeUserEmail;
    this.sharing = { editors: opts.sharing?.editors ?? [opts.activeUserEmail], groups: opts.sharing?.groups ?? {}, domainEdit: opts.sharing?.domainEdit ?? false };
  }

  // ---- internals shared by sheets and ranges ----

  parseContext(): ParseContext {
    return { locale: this.locale, timeZone: this.timeZone };
  }

  owners(): ProtectionOwners {
    return { ownerEmail: this.ownerEmail, activeUserEmail: this.activeUserEmail, sharing: this.sharing };
  }

  nextChartId(): number {
    return ++this.chartIds;
  }

  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  /** AS17: the workbook may hold at most 10,000,000 cells. */
  checkCellBudget(extra: number): void {
    if (extra > 0 && this.cellCount() + extra > MAX_CELLS) {
      throw gasError(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }

  /** AS16: names are unique ignoring case. */
  checkNewSheetName(name: string, self?: EmuSheet): void {
    const key = name.toLowerCase();
    if (this.sheets.some((s) => s !== self && s.name.toLowerCase() === key)) {
      throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** Adds a sheet without activating it (used by loading and insertSheet). */
  addSheet(name: string, index = this.sheets.length): EmuSheet {
    this.checkNewSheetName(name);
    this.checkCellBudget(DEFAULT_ROWS * DEFAULT_COLUMNS);
    const sheet = new EmuSheet(this, name, this.nextSheetId);
    // Sheets gives the first sheet id 0 and later ones large random ids; a counter keeps runs reproducible.
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 1;
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  /** The whole spreadsheet as plain data (emulator side only; not part of the Apps Script API). */
  toWorkbookData(): WorkbookData {
    return exportWorkbook(this);
  }

  // ---- API ----

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.name;
  }

  rename(newName: string): void {
    this.name = newName;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getOwner(): User {
    return new User(this.ownerEmail);
  }

  getSheets(): EmuSheet[] {
    return [...this.sheets];
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  /** Exact name; null when absent (AS16). */
  getSheetByName(name: string): EmuSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  getSheetById(id: number): EmuSheet | null {
    return this.sheets.find((s) => s.sheetId === id) ?? null;
  }

  getActiveSheet(): EmuSheet {
    if (!this.activeSheet || !this.sheets.includes(this.activeSheet)) this.activeSheet = this.sheets[0];
    return this.activeSheet;
  }

  setActiveSheet(sheet: EmuSheet): EmuSheet {
    this.activeSheet = sheet;
    return sheet;
  }

  /**
   * `insertSheet()`, `insertSheet(name)`, `insertSheet(index)`, `insertSheet(name, index)`; the
   * index is 0-based. The new sheet becomes the active one, as in Sheets.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): EmuSheet {
    let name: string;
    let at = this.sheets.length;
    if (typeof nameOrIndex === 'number') at = nameOrIndex;
    if (typeof index === 'number') at = index;
    if (typeof nameOrIndex === 'string') name = nameOrIndex;
    else {
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this.addSheet(name, at);
    this.activeSheet = sheet;
    return sheet;
  }

  deleteSheet(sheet: EmuSheet): void {
    if (!this.sheets.includes(sheet)) throw gasError('Sheet not found');
    if (this.sheets.filter((s) => s !== sheet && !s.hidden).length === 0) {
      throw gasError("You can't remove all the visible sheets in a document.");
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  /** `getRange('Sheet!A1:B2')`; without a sheet name, the active sheet. */
  getRange(a1Notation: string): EmuRange {
    const { sheetName, a1 } = splitSheetRef(a1Notation);
    const sheet = sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (!sheet) throw gasError('Range not found');
    return sheet.getRange(a1);
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    if (!isValidTimeZone(timezone)) throw gasError(`Invalid argument: ${timezone}`);
    this.timeZone = timezone;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({ message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5, at: this.clock.now() });
  }

  getProtections(type: ProtectionTypeName): EmuProtection[] {
    return this.sheets.flatMap((s) => s.getProtections(type));
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const sheet = this.getActiveSheet();
    const rest = this.sheets.filter((s) => s !== sheet);
    rest.splice(Math.max(0, Math.min(pos - 1, rest.length)), 0, sheet);
    this.sheets = rest;
  }
}
