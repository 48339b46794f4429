/**
 * Apps Script's permission errors, read back: "Specified permissions are not sufficient to
 * call X. Required permissions: Y" (a scope the manifest lacks, AS36) and "You do not have
 * permission to call X. Required permissions: Y" (the run's auth mode). The self-check and
 * the CLI name the call and the scope instead of showing the raw text.
 */
const PERMISSION = /(?:Specified permissions are not sufficient to call|You do not have permission to call) ([\w.]+?)\.? Required permissions: (\S+(?: \|\| \S+)*\)?)/;

export interface PermissionProblem {
  /** `Service.method`, e.g. MailApp.getRemainingDailyQuota. */
  call: string;
  /** The scope, or `A hoặc B` when either will do. */
  scopes: string[];
}

export function permissionProblem(message: string): PermissionProblem | null {
  const m = PERMISSION.exec(message);
  if (!m) return null;
  const scopes = m[2].replace(/^\(|\)$/g, '').split(' || ').map((s) => s.trim()).filter(Boolean);
  return { call: m[1], scopes };
}
