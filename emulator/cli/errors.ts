import { permissionProblem } from '../../src/core/doctor/permission';
import { CLI_TEXT } from '../../src/core/messages/cli';

/** A user's mistake or unusable input: its message is one Vietnamese + English line; exit 2. */
export class CliError extends Error {
  readonly exitCode = 2;
  constructor(line: string) {
    super(line);
    this.name = 'CliError';
  }
}

/**
 * The one line for an Apps Script permission error that reached the top ("Specified
 * permissions are not sufficient to call X. Required permissions: Y", a scope the bundle's
 * manifest lacks, AS36): which service, which call, which scope. Null for other errors.
 * It is the build's fault, not the user's, so it exits 3 like other internal errors.
 */
export function permissionLine(e: unknown): string | null {
  const p = permissionProblem(e instanceof Error ? e.message : String(e));
  if (!p) return null;
  const service = p.call.includes('.') ? p.call.slice(0, p.call.lastIndexOf('.')) : p.call;
  return CLI_TEXT.permission(service, p.call, p.scopes);
}
