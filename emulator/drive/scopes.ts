/**
 * The OAuth scopes the script holds: the `oauthScopes` of the manifest it ships with
 * (dist/appsscript.json, read by Emulator.load), or every scope when the manifest lists
 * none (Apps Script then detects them from the code). Until a bundle is loaded, the
 * project's appsscript.json. services/auth.ts checks each call against them (AS36); Drive
 * and DriveApp also ask which files a scope reaches (drive.file: files the add-on created).
 */
import manifest from '../../appsscript.json';

export const SCOPE = {
  documents: 'https://www.googleapis.com/auth/documents',
  drive: 'https://www.googleapis.com/auth/drive',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
} as const;

export const MANIFEST_SCOPES: readonly string[] = manifest.oauthScopes;

/** `automatic`: the manifest names no scopes, so the script holds every scope it uses. */
export type Grant = readonly string[] | 'automatic';

export class Scopes {
  constructor(private granted: Grant = MANIFEST_SCOPES) {}

  has(scope: string): boolean {
    return this.granted === 'automatic' || this.granted.includes(scope);
  }

  /** The manifest's scopes ('automatic' when it lists none). */
  list(): Grant {
    return this.granted;
  }

  grant(granted: Grant): void {
    this.granted = granted;
  }
}
