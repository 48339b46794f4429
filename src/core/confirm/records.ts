/**
 * Period confirmations and returns as `Nhật ký` lines, and back. The result text starts
 * with `Kỳ yyyy-MM`, so the record stays readable for people and exact for the add-on.
 */
import type { IsoDate } from '../dates';
import type { LogLine } from '../log-lines';
import { LOG_ACTIONS, ON_TIME_WORD, REASON_WORD } from '../messages';
import { normKey } from '../normalise';
import type { Period } from './period';

export interface ConfirmationEvent {
  kind: 'confirm' | 'return';
  unitCode: string;
  period: Period;
  day: IsoDate;
  /** For a confirmation: on or before the period's deadline, as recorded. */
  onTime: boolean;
  user: string;
  /** For a return: why. */
  reason: string;
}

const PERIOD_PREFIX = /^Kỳ (\d{4}-\d{2})(?: · |$)/;
const CONFIRM_KEY = normKey(LOG_ACTIONS.confirm);
const RETURN_KEY = normKey(LOG_ACTIONS.returned);

/** The confirmations and returns among `Nhật ký` lines, in log order; other lines are skipped. */
export function confirmationEvents(lines: readonly LogLine[]): ConfirmationEvent[] {
  const events: ConfirmationEvent[] = [];
  for (const line of lines) {
    const action = normKey(line.action);
    const kind = action === CONFIRM_KEY ? 'confirm' : action === RETURN_KEY ? 'return' : null;
    const m = PERIOD_PREFIX.exec(line.result);
    if (kind === null || !m || line.day === null || line.unit === '') continue;
    const rest = line.result.slice(m[0].length);
    events.push({
      kind,
      unitCode: line.unit,
      period: m[1],
      day: line.day,
      onTime: kind === 'confirm' && rest.startsWith(ON_TIME_WORD),
      user: line.user,
      reason: kind === 'return' && rest.startsWith(REASON_WORD) ? rest.slice(REASON_WORD.length).trim() : '',
    });
  }
  return events;
}
