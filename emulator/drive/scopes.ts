/**
 * OAuth scopes the emulated services check. The default is the manifest's list, so a call
 * that needs a scope the add-on does not declare fails here as it would on Apps Script.
 */
import manifest from '../../appsscript.json';
import { gasError } from '../runtime/errors';

export const SCOPE = {
  documents: 'https://www.googleapis.com/auth/documents',
  drive: 'https://www.googleapis.com/auth/drive',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
} as const;

export const MANIFEST_SCOPES: readonly string[] = manifest.oauthScopes;

export class Scopes {
  constructor(readonly granted: readonly string[] = MANIFEST_SCOPES) {}

  has(scope: string): boolean {
    return this.granted.includes(scope);
  }

  /** Throws Apps Script's message unless one of `anyOf` is granted. */
  require(method: string, anyOf: readonly string[]): void {
    if (anyOf.some((s) => this.has(s))) return;
    const required = anyOf.length === 1 ? anyOf[0] : `(${anyOf.join(' || ')})`;
    throw gasError(`Specified permissions are not sufficient to call ${method}. Required permissions: ${required}`);
  }
}
