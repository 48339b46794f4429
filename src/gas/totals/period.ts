import { defaultPeriodStart, formatDayVi, parseDayText, type IsoDate } from '../../core/dates';
import { TOTALS_PROMPT } from '../../core/messages';

export interface Period {
  asOf: IsoDate;
  from: IsoDate;
}

/** The period from explicit ISO dates or the defaults (today; the day after six months earlier). */
export function resolvePeriod(today: IsoDate, asOf?: string, from?: string): Period | { error: string } {
  const d = asOf ? parseDayText(asOf) : today;
  if (!d) return { error: TOTALS_PROMPT.badDate(String(asOf)) };
  const f = from ? parseDayText(from) : defaultPeriodStart(d);
  if (!f) return { error: TOTALS_PROMPT.badDate(String(from)) };
  if (f > d) return { error: TOTALS_PROMPT.fromAfterAsOf };
  return { asOf: d, from: f };
}

/**
 * Asks the user for the as-of date and the period start (menu actions). Empty answers take
 * the defaults; Cancel or a bad date ends with null after telling the user why.
 */
export function askPeriod(ui: GoogleAppsScript.Base.Ui, today: IsoDate, title: string): Period | null {
  const first = ui.prompt(title, TOTALS_PROMPT.asOf(formatDayVi(today)), ui.ButtonSet.OK_CANCEL);
  if (first.getSelectedButton() !== ui.Button.OK) return null;
  const asOfText = first.getResponseText().trim();
  const asOf = asOfText ? parseDayText(asOfText) : today;
  if (!asOf) {
    ui.alert(TOTALS_PROMPT.badDate(asOfText));
    return null;
  }
  const second = ui.prompt(title, TOTALS_PROMPT.from(formatDayVi(defaultPeriodStart(asOf))), ui.ButtonSet.OK_CANCEL);
  if (second.getSelectedButton() !== ui.Button.OK) return null;
  const period = resolvePeriod(today, asOf, second.getResponseText().trim() || undefined);
  if ('error' in period) {
    ui.alert(period.error);
    return null;
  }
  return period;
}
