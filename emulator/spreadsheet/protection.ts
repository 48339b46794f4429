/** Protected sheets and ranges (AS15). */
import { gasError } from '../runtime/errors';
import type { Rect } from './a1';
import type { Surface } from './surface';
import type { ProtectionTypeName } from './enums';
import type { EmuRange } from './range';
import type { EmuSheet } from './sheet';
import { User } from '../services/session';

type P = GoogleAppsScript.Spreadsheet.Protection;

/** The emulator's text (the live one is unconfirmed): the user would lose edit access. */
export const GROUP_SELF_REMOVAL = 'You cannot remove yourself from the editors of this protected range: add yourself as an editor first.';


/** Who the spreadsheet is shared with (AS38). */
export interface Sharing {
  /** Editors of the file (users or group addresses), besides the owner. */
  editors?: string[];
  /** Group address → member addresses: editors may come through a group. */
  groups?: Record<string, string[]>;
  /** The file is shared with the owner's domain as editors. */
  domainEdit?: boolean;
}

export interface ProtectionOwners {
  ownerEmail: string;
  activeUserEmail: string;
  sharing: Required<Sharing>;
}

const lower = (e: string): string => e.trim().toLowerCase();

/**
 * A protected sheet or range, as the Protection reference describes it (AS15, AS38): a new
 * protection mirrors the spreadsheet's permissions (its editors, the owner, domain editing)
 * until the script changes its editors; neither the owner nor the current user can be
 * removed, except that removing a group the current user edits through throws; switching
 * from warning-only to restricted makes every editor of the document an editor.
 */
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
    /** Editors stored in a file; a new protection mirrors the spreadsheet instead. */
    editors?: string[],
  ) {
    if (editors) for (const e of [owners.ownerEmail, ...editors]) this.addEmail(e);
    else this.mirrorSpreadsheet();
  }

  /** The spreadsheet's editors and domain setting: what a new protection starts with. */
  private mirrorSpreadsheet(): void {
    this.editors.clear();
    for (const e of [this.owners.ownerEmail, ...this.owners.sharing.editors]) this.addEmail(e);
    this.domainEdit = this.owners.sharing.domainEdit;
  }

  private addEmail(email: string): void {
    const e = email.trim();
    if (e) this.editors.set(e.toLowerCase(), e);
  }

  private emailOf(user: string | User): string {
    return typeof user === 'string' ? user : user.getEmail();
  }

  /** Groups (listed as editors here) that `email` belongs to. */
  private groupsOf(email: string): string[] {
    const me = lower(email);
    return Object.entries(this.owners.sharing.groups)
      .filter(([group, members]) => this.editors.has(lower(group)) && members.some((m) => lower(m) === me))
      .map(([group]) => lower(group));
  }

  setDescription(description: string): this {
    this.description = description;
    return this;
  }

  getDescription(): string {
    return this.description;
  }

  setWarningOnly(warningOnly: boolean): this {
    // Restricted again without naming editors: every editor of the document may edit.
    if (this.warningOnly && !warningOnly) this.mirrorSpreadsheet();
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

  /**
   * "Neither the owner of the spreadsheet nor the current user can be removed" (reference):
   * both are kept silently. Removing a group through which the current user edits, when
   * the user is not an editor in their own right, throws (the Protection sample's comment).
   */
  removeEditors(emails: (string | User)[]): this {
    const me = lower(this.owners.activeUserEmail);
    const keep = new Set([lower(this.owners.ownerEmail), me]);
    const removing = emails.map((u) => lower(this.emailOf(u)));
    const through = this.groupsOf(me);
    if (me !== lower(this.owners.ownerEmail) && !this.editors.has(me) && through.length > 0 && through.every((g) => removing.includes(g))) {
      throw gasError(GROUP_SELF_REMOVAL);
    }
    for (const key of removing) if (!keep.has(key)) this.editors.delete(key);
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

  /** The owner always can; others directly, through a group, or by domain editing. */
  canEdit(): boolean {
    const me = lower(this.owners.activeUserEmail);
    if (this.warningOnly || me === lower(this.owners.ownerEmail) || this.editors.has(me) || this.groupsOf(me).length > 0) return true;
    return this.domainEdit && me.split('@')[1] === lower(this.owners.ownerEmail).split('@')[1];
  }

  remove(): void {
    this.sheet.removeProtection(this);
  }

  getRange(): EmuRange {
    if (this.rect) return this.sheet.rangeOf(this.rect);
    return this.sheet.rangeOf({ row: 1, column: 1, numRows: this.sheet.maxRows, numColumns: this.sheet.maxColumns }, 'sheet');
  }

  getProtectionType(): ProtectionTypeName {
    return this.rect ? 'RANGE' : 'SHEET';
  }
}
