import { SIDEBAR } from '../../core/messages/sidebar';

/** A refusal the server returns as data (unusable workbook, bad date, lock busy), or null. */
export function refusalOf(result: unknown): string | null {
  if (typeof result !== 'object' || result === null) return null;
  if ('error' in result) return String((result as { error: unknown }).error);
  if ('busy' in result) return String((result as { busy: unknown }).busy);
  return null;
}

/**
 * A failed call as the user reads it: Vietnamese, the server's first line only (never a
 * stack trace). A null result (AS33: the server returned something illegal) counts too.
 */
export function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0].trim();
  return first ? SIDEBAR.serverError(first) : SIDEBAR.noConnection;
}
