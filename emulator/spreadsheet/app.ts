/** The emulated SpreadsheetApp global and the factory the Emulator uses. */
import type { Sharing } from './protection';
import type { Clock } from '../runtime/clock';
import { gasError } from '../runtime/errors';
import type { WorkbookData } from '../workbook-data';
import { EmuConditionalFormatRuleBuilder } from './conditional';
import { exportWorkbook, loadWorkbook } from './data';
import { BorderStyle, DataValidationCriteria, ProtectionType, WrapStrategy } from './enums';
import type { EmuRange } from './range';
import { EmuRichTextValueBuilder } from './rich-text';
import type { EmuSheet } from './sheet';
import { EmuSpreadsheet } from './spreadsheet';
import type { Surface } from './surface';
import { EmuDataValidationBuilder } from './validation';

type SA = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export const DEFAULT_LOCALE = 'vi_VN';
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export type SpreadsheetAppMethods =
  | 'getActiveSpreadsheet' | 'getActive' | 'getActiveSheet' | 'getActiveRange' | 'setActiveSheet' | 'getUi' | 'flush'
  | 'newDataValidation' | 'newConditionalFormatRule' | 'newRichTextValue' | 'openById';

export class EmuSpreadsheetApp implements Surface<SA, SpreadsheetAppMethods> {
  static readonly serviceName = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;

  constructor(
    private readonly spreadsheet: EmuSpreadsheet,
    /** The Ui object built by the services side; handed out as is. */
    private readonly ui: object,
  ) {}

  getActiveSpreadsheet(): EmuSpreadsheet {
    return this.spreadsheet;
  }

  getActive(): EmuSpreadsheet {
    return this.spreadsheet;
  }

  getActiveSheet(): EmuSheet {
    return this.spreadsheet.getActiveSheet();
  }

  getActiveRange(): EmuRange {
    return this.spreadsheet.getActiveSheet().getActiveRange();
  }

  setActiveSheet(sheet: EmuSheet): EmuSheet {
    return this.spreadsheet.setActiveSheet(sheet);
  }

  getUi(): object {
    return this.ui;
  }

  /** AS39: applies the execution's pending writes, so other executions see them. */
  flush(): void {
    this.spreadsheet.writes.flush();
  }

  newDataValidation(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder((a1) => {
      try {
        return this.spreadsheet.getRange(a1.replace(/^=/, ''));
      } catch {
        return null;
      }
    });
  }

  newConditionalFormatRule(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder();
  }

  newRichTextValue(): EmuRichTextValueBuilder {
    return new EmuRichTextValueBuilder();
  }

  /** Only the bound spreadsheet exists in the emulator. */
  openById(id: string): EmuSpreadsheet {
    if (id !== this.spreadsheet.id) throw gasError('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return this.spreadsheet;
  }
}

export interface SpreadsheetAppOptions {
  clock: Clock;
  /** Initial content; without it, one empty sheet `Sheet1`. */
  data?: WorkbookData;
  /** Defaults: data's, else `Asia/Ho_Chi_Minh`. */
  timeZone?: string;
  /** Defaults: data's, else `vi_VN`. */
  locale?: string;
  ui: object;
  ownerEmail: string;
  activeUserEmail: string;
  sharing?: Sharing;
  id?: string;
  name?: string;
}

export function createSpreadsheetApp(opts: SpreadsheetAppOptions): { app: EmuSpreadsheetApp; spreadsheet: EmuSpreadsheet } {
  const spreadsheet = new EmuSpreadsheet({
    clock: opts.clock,
    id: opts.id ?? '1EmuLaTedSpreadsheetId0000000000000000000000',
    name: opts.name ?? opts.data?.name ?? 'Untitled spreadsheet',
    timeZone: opts.timeZone ?? opts.data?.timeZone ?? DEFAULT_TIME_ZONE,
    locale: opts.locale ?? opts.data?.locale ?? DEFAULT_LOCALE,
    ownerEmail: opts.ownerEmail,
    activeUserEmail: opts.activeUserEmail,
    sharing: opts.sharing,
  });
  if (opts.data && opts.data.sheets.length > 0) loadWorkbook(spreadsheet, opts.data);
  else spreadsheet.addSheet('Sheet1');
  return { app: new EmuSpreadsheetApp(spreadsheet, opts.ui), spreadsheet };
}

export { exportWorkbook };
