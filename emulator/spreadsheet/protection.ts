/** Protected sheets and ranges (AS15). */
import { gasError } from '../runtime/errors';
import type { Rect } from './a1';
import type { Surface } from './surface';
import type { ProtectionTypeName } from './enums';
import type { EmuRange } from './range';
import type { EmuSheet } from './sheet';
import { User } from '../services/session';

type P = GoogleAppsScript.Spreadsheet.Protection;


export interface ProtectionOwners {
  ownerEmail: string;
  activeUserEmail: string;
}

export class EmuProtection
  implements
    Surface<
      P,
      | 'setDescription' | 'getDescription' | 'setWarningOnly' | 'isWarningOnly' | 'addEditor' | 'addEditors'
      | 'removeEditor' | 'removeEditors' | 'getEditors' | 'setDomainEdit' | 'canDomainEdit' | 'canEdit' | 'remove'
      | 'getRange' | 'getProtectionType'
    >
{
  static readonly serviceName = 'Protection';
  description = '';
  warningOnly = false;
  domainEdit = false;
  /** Lower-cased e-mail → as given. */
  private readonly editors = new Map<string, string>();

  constructor(
    readonly sheet: EmuSheet,
    /** The protected rectangle; null for a whole-sheet protection. */
    public rect: Rect | null,
    private readonly owners: ProtectionOwners,
    editors: string[] = [],
  ) {
    for (const e of [owners.ownerEmail, owners.activeUserEmail, ...editors]) this.addEmail(e);
  }

  private addEmail(email: string): void {
    const e = email.trim();
    if (e) this.editors.set(e.toLowerCase(), e);
  }

  private emailOf(user: string | User): string {
    return typeof user === 'string' ? user : user.getEmail();
  }

  setDescription(description: string): this {
    this.description = description;
    return this;
  }

  getDescription(): string {
    return this.description;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  addEditor(user: string | User): this {
    this.addEmail(this.emailOf(user));
    return this;
  }

  addEditors(emails: string[]): this {
    for (const e of emails) this.addEmail(e);
    return this;
  }

  removeEditor(user: string | User): this {
    return this.removeEditors([this.emailOf(user)]);
  }

  /** The owner and the user running the script cannot be removed: Sheets keeps them silently. */
  removeEditors(emails: (string | User)[]): this {
    const keep = new Set([this.owners.ownerEmail.toLowerCase(), this.owners.activeUserEmail.toLowerCase()]);
    for (const u of emails) {
      const key = this.emailOf(u).trim().toLowerCase();
      if (!keep.has(key)) this.editors.delete(key);
    }
    return this;
  }

  getEditors(): User[] {
    return [...this.editors.values()].map((e) => new User(e));
  }

  editorEmails(): string[] {
    return [...this.editors.values()];
  }

  setDomainEdit(editable: boolean): this {
    if (/@gmail\.com$/i.test(this.owners.ownerEmail)) {
      throw gasError('You cannot enable domain editing for a spreadsheet owned by a consumer account.');
    }
    this.domainEdit = editable;
    return this;
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  canEdit(): boolean {
    return this.warningOnly || this.editors.has(this.owners.activeUserEmail.toLowerCase());
  }

  remove(): void {
    this.sheet.removeProtection(this);
  }

  getRange(): EmuRange {
    return this.rect ? this.sheet.rangeOf(this.rect) : this.sheet.rangeOf({ row: 1, column: 1, numRows: this.sheet.maxRows, numColumns: this.sheet.maxColumns });
  }

  getProtectionType(): ProtectionTypeName {
    return this.rect ? 'RANGE' : 'SHEET';
  }
}
