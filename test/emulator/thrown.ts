/** What a call throws, for the tests that pin Apps Script's error texts. */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

/** `String(error)` as the execution log shows it ("Exception: …"), or 'no error'. */
export function thrownText(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return String(e);
  }
  return 'no error';
}
