/** `Nhật ký` rows as a sheet holds them, for the confirmation tests (headers written out, not the schema's). */
import { readLogLines, type LogLine } from '../../src/core/log-lines';

const HEADER = ['Thời gian', 'Thao tác', 'Đơn vị', 'Người thực hiện', 'Kết quả'];

/** 09:00 in Vietnam on `iso`, as a `Thời gian` cell. */
export const at = (iso: string): Date => new Date(`${iso}T09:00:00+07:00`);

/** The log lines of a `Nhật ký` holding these rows under its header (zone UTC+7). */
export const logLines = (rows: unknown[][]): LogLine[] => readLogLines([HEADER, ...rows] as never, [420]);
