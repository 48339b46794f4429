/**
 * Apps Script enums as the emulator hands them out: frozen objects whose values are their
 * own names, so `String(ScriptApp.AuthMode.FULL) === 'FULL'` and `===` comparisons between
 * an event's field and the enum hold, as on Apps Script.
 */
export function enumOf<E>(names: readonly string[]): E {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as unknown as E;
}
