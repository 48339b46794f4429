/**
 * An error's text as Apps Script's `e.message` gives it. Not `instanceof Error`: the
 * services' errors (and GoogleJsonResponseException) need not share the script's realm.
 */
export function errorMessage(e: unknown): string {
  const message = (e as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(e);
}
