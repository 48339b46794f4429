/** Session: who runs the script, in which time zone and locale. */
import { createHash } from 'node:crypto';
import type { ExecutionContext } from './context';

export class User implements GoogleAppsScript.Base.User {
  static readonly serviceName = 'User';

  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  /** Deprecated in Apps Script, kept because the typings still list it. */
  getUserLoginId(): string {
    return this.email;
  }

  toString(): string {
    return this.email;
  }
}

export class Session implements Pick<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'> {
  static readonly serviceName = 'Session';

  constructor(private readonly context: ExecutionContext) {}

  /** '' in simple triggers and AuthMode.NONE (AS25): never key data on it there. */
  getActiveUser(): User {
    return new User(this.context.activeUserEmail());
  }

  /**
   * The user whose authority the run has: the user running it (a menu, a sidebar call),
   * which is "in most other cases the same account as getActiveUser()" (Session reference).
   * Hidden in simple triggers and AuthMode.NONE.
   */
  getEffectiveUser(): User {
    return new User(this.context.simpleTrigger || this.context.authMode === 'NONE' ? '' : this.context.userEmail);
  }

  getScriptTimeZone(): string {
    return this.context.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    return this.context.locale;
  }

  /** Stable per user and script, opaque, and available even when the address is not. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`emulator:${this.context.userEmail}`).digest('base64').slice(0, 43);
  }
}
