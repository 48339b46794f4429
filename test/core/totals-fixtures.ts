/** Hand-made workbook models and validation results for the totals tests. */
import type { CheckedRow, ValidationResult } from '../../src/core/issue';
import type { AwardRecord, ModelRecord, ModelTypeRecord, UnitRecord, Workbook } from '../../src/core/workbook-model';
import { SETTINGS, type SettingKey } from '../../src/core/schema';
import { computeTotals, type Totals, type TotalsInput } from '../../src/core/totals';

export const AS_OF = '2019-04-24';
export const FROM = '2018-10-25';

export function unit(code: string, unitType = 'Xã', followed = true): UnitRecord {
  return { row: 0, code, name: `Tên ${code}`, tabName: code, unitType, emails: [], manager: '', followed };
}

export function modelType(name: string, field = 'Phòng chống tội phạm'): ModelTypeRecord {
  return { row: 0, name, field, sectors: [] };
}

let nextRow = 2;

/** A valid, counted-today model record; override what a test is about. */
export function model(unitCode: string, over: Partial<ModelRecord> = {}): ModelRecord {
  return {
    unitCode, sheet: unitCode, row: nextRow++, id: '', name: '', type: 'Khu dân cư phòng chống tội phạm',
    sector: 'Khu dân cư', place: 'Thôn 1', form: 'Xây dựng mới', launchDate: '2018-01-10', decision: '',
    members: null, leader: '', phone: '', cycle: '', lastMeeting: null, lastInterimReview: null,
    lastAnnualReview: null, status: 'Đang hoạt động', retiredDate: null, rating: '', highlight: '', note: '',
    ...over,
  };
}

export function row(record: ModelRecord, hasError = false): CheckedRow {
  return { record, hasError, issues: [] };
}

export function award(recipientType: string, date: string | null): AwardRecord {
  return { row: 0, recipientType, name: 'X', unit: '', form: 'Giấy khen', level: '', decision: '', date, achievement: '' };
}

export const DEFAULT_TYPES = [
  modelType('Khu dân cư phòng chống tội phạm'),
  modelType('Camera an ninh phòng, chống tội phạm'),
  modelType('Ánh sáng an ninh'),
  modelType('Tuyến đường sắt an toàn về ANTT', 'Trật tự an toàn giao thông'),
  modelType('Tiếng kẻng an ninh'),
];

export function workbook(units: UnitRecord[], types: ModelTypeRecord[] = DEFAULT_TYPES, awards: AwardRecord[] = []): Workbook {
  const values = {} as Record<SettingKey, string>;
  for (const s of SETTINGS) values[s.key] = s.default;
  return { settings: { values }, units, types, awards, tabs: [], sheetNames: [], raw: { units: [], types: [] } };
}

export function validation(rows: CheckedRow[]): ValidationResult {
  return { issues: [], rows };
}

export function totalsOf(
  wb: Workbook, rows: CheckedRow[], over: Partial<Omit<TotalsInput, 'workbook' | 'validation'>> = {},
): Totals {
  return computeTotals({ workbook: wb, validation: validation(rows), asOf: AS_OF, from: FROM, ...over });
}
