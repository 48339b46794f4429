import { LOCK_BUSY } from '../core/messages';

/** How long an action waits for another execution's document lock before giving up. */
const LOCK_WAIT_MS = 10_000;

export type Locked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Releases a lock held while writing to the spreadsheet. Apps Script buffers writes until
 * `SpreadsheetApp.flush()` or the end of the execution (AS39): without the flush, the next
 * execution to get the lock could read the sheet as it was before these writes.
 */
export function releaseAfterWrites(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Runs `fn` holding the document lock, so two writers never interleave on the sheet. When
 * another execution holds it, the user gets a clear message instead of a half-written sheet.
 */
export function withDocumentLock<T>(fn: () => T): Locked<T> {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) return { ok: false, message: LOCK_BUSY };
  try {
    return { ok: true, value: fn() };
  } finally {
    releaseAfterWrites(lock);
  }
}
