/** W05: reading a phone cell. */

/** Separators people type inside phone numbers: "0912 345 678", "0912.345.678". */
const PHONE_SEPARATORS = /[\s.\-()]/g;
const PHONE_OK = /^0\d{9}$/;

export type PhoneProblem = 'lostZero' | 'format';

/**
 * W05: a phone is 10 digits starting with 0. A number of 9 digits is a phone whose leading
 * zero Sheets dropped (AS12): the fix is a plain-text column, not a different number.
 */
export function phoneProblem(v: unknown, text: string): PhoneProblem | null {
  if (typeof v === 'number') {
    return Number.isInteger(v) && v > 0 && String(v).length === 9 ? 'lostZero' : 'format';
  }
  return PHONE_OK.test(text.replace(PHONE_SEPARATORS, '')) ? null : 'format';
}
