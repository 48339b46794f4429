import { VALIDATE_TEXT } from '../core/messages';

/**
 * A workbook without `Đơn vị` or `Loại mô hình` cannot be checked, totalled or reported on
 * (workbook.md). Thrown where the workbook is read, turned into a plain result by the
 * action, so menus show it in an alert and the CLI exits with 2.
 */
export class UnusableWorkbook extends Error {
  constructor(readonly missing: string[]) {
    super(VALIDATE_TEXT.unusable(missing));
  }
}

export interface Unusable {
  error: string;
  missing: string[];
}

export function usableOr<T>(fn: () => T): T | Unusable {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UnusableWorkbook) return { error: e.message, missing: e.missing };
    throw e;
  }
}
