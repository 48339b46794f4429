import { REPORT_TEXT } from '../messages/report';
import { formatShortDate } from './format';
import type { ReportModel } from './model';

/**
 * "Báo cáo sơ kết mô hình ANTT – 25/10/2018 đến 24/4/2019 – 2019-04-24 09:30": a new name
 * per run, so an earlier report is never overwritten. `now` is the local time as the
 * adapter formats it (Utilities.formatDate, `yyyy-MM-dd HH:mm` or ISO `yyyy-MM-ddTHH:mm…`).
 */
export function reportFileName(model: Pick<ReportModel, 'kind' | 'from' | 'asOf'>, now: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})/.exec(now.trim());
  const time = m ? `${m[1]} ${m[2]}:${m[3]}` : now.trim();
  const period = REPORT_TEXT.filePeriod(formatShortDate(model.from), formatShortDate(model.asOf));
  return REPORT_TEXT.fileName(model.kind, period, time);
}
