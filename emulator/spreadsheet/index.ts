/** The emulated SpreadsheetApp: entry points for the Emulator and tests. */
export { createSpreadsheetApp, EmuSpreadsheetApp, DEFAULT_LOCALE, DEFAULT_TIME_ZONE, type SpreadsheetAppOptions } from './app';
export { EmuSpreadsheet, MAX_CELLS, type Toast } from './spreadsheet';
export { EmuSheet } from './sheet';
export { EmuRange } from './range';
export { EmuDataValidation, EmuDataValidationBuilder } from './validation';
export { EmuProtection } from './protection';
export { EmuConditionalFormatRule, EmuConditionalFormatRuleBuilder } from './conditional';
export { EmuEmbeddedChart, EmuEmbeddedChartBuilder } from './chart';
export { EmuRichTextValue, EmuRichTextValueBuilder } from './rich-text';
export { ProtectionType, DataValidationCriteria, BorderStyle, WrapStrategy } from './enums';
export { exportWorkbook, loadWorkbook } from './data';
