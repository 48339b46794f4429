/**
 * Who may call what. Two checks stand between the bundle and every emulated method, at
 * the boundary (runtime/boundary.ts), keyed by the same `Class.method` name the call
 * counter uses, so nested objects (`Ui.showSidebar`, `Drive.Files.create`) are covered too:
 *
 * 1. the execution's authority (AS25, AS26, AS40): simple triggers run in AuthMode.LIMITED
 *    and cannot use services that need authorisation; an add-on's onOpen before it is
 *    enabled in the document runs in AuthMode.NONE and cannot touch the document, its
 *    properties or caches either. Message: "You do not have permission to call X.
 *    Required permissions: S" (Apps Script's text in simple triggers).
 * 2. the manifest's scopes (AS36): a method whose scope the bundle's appsscript.json does
 *    not declare fails with "Specified permissions are not sufficient to call X. Required
 *    permissions: S", or "(A || B)" when either scope will do.
 *
 * The scopes are those of each method's "Authorization" section in Google's reference
 * (developers.google.com/apps-script/reference/...); docs/apps-script-sources.md lists
 * the page of each row and what is unconfirmed.
 */
import { gasError } from '../runtime/errors';
import type { Scopes } from '../drive/scopes';
import type { AuthModeName, ExecutionContext } from './context';

const AUTH = 'https://www.googleapis.com/auth/';
const scope = (name: string): string => `${AUTH}${name}`;

const SHEETS = [scope('spreadsheets.currentonly'), scope('spreadsheets')];
const SHEETS_ANY = [scope('spreadsheets')];
const UI = [scope('script.container.ui')];
const EMAIL = [scope('userinfo.email')];
const DOCS = [scope('documents')];
const DRIVE = [scope('drive')];
const DRIVE_FILE = [scope('drive'), scope('drive.file')];
const MAIL = [scope('script.send_mail')];
const TRIGGERS = [scope('script.scriptapp')];

/** The method name a table row applies to when the class's other methods are not listed. */
const EVERY = '*';

/**
 * Class → method → scopes (any one suffices). A class absent here (Utilities, Logger,
 * Charts, HtmlService, PropertiesService, CacheService, LockService, Menu) needs none.
 */
export const REQUIRED_SCOPES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  SpreadsheetApp: {
    getActive: SHEETS, getActiveSpreadsheet: SHEETS, getActiveSheet: SHEETS, getActiveRange: SHEETS,
    getActiveRangeList: SHEETS, getCurrentCell: SHEETS, getSelection: SHEETS, setActiveSheet: SHEETS,
    setActiveRange: SHEETS, setActiveRangeList: SHEETS, setCurrentCell: SHEETS, flush: SHEETS,
    open: SHEETS_ANY, openById: SHEETS_ANY, openByUrl: SHEETS_ANY, create: SHEETS_ANY,
  },
  // A spreadsheet reached another way (an event's `source`, `range`) still needs the scope.
  Spreadsheet: { [EVERY]: SHEETS },
  Sheet: { [EVERY]: SHEETS },
  Range: { [EVERY]: SHEETS },
  RangeList: { [EVERY]: SHEETS },
  Protection: { [EVERY]: SHEETS },
  Ui: { alert: UI, prompt: UI, showSidebar: UI, showModalDialog: UI, showModelessDialog: UI, showDialog: UI },
  Session: { getActiveUser: EMAIL, getEffectiveUser: EMAIL },
  DocumentApp: { create: DOCS, openById: DOCS, openByUrl: DOCS, getActiveDocument: [scope('documents.currentonly'), ...DOCS] },
  DriveApp: { [EVERY]: DRIVE, getFileById: DRIVE_FILE },
  File: { getParents: DRIVE },
  'Drive.Files': { [EVERY]: DRIVE_FILE },
  'Docs.Documents': { [EVERY]: DOCS },
  MailApp: { [EVERY]: MAIL },
  GmailApp: { [EVERY]: ['https://mail.google.com/'] },
  ScriptApp: { newTrigger: TRIGGERS, getProjectTriggers: TRIGGERS, getUserTriggers: TRIGGERS, deleteTrigger: TRIGGERS },
  UrlFetchApp: { [EVERY]: [scope('script.external_request')] },
};

interface ModeRule {
  /** The scope named in the error. */
  scope: string;
  /** Methods the rule covers; every method of the class when absent. */
  methods?: readonly string[];
  /** Auth modes in which the call is refused. */
  refusedIn: readonly AuthModeName[];
}

const LIMITED_OR_LESS: readonly AuthModeName[] = ['NONE', 'LIMITED', 'CUSTOM_FUNCTION'];
const NONE_ONLY: readonly AuthModeName[] = ['NONE'];
const ACTIVE_DOCUMENT = ['getActiveSpreadsheet', 'getActive', 'getActiveSheet', 'getActiveRange', 'getActiveRangeList', 'getCurrentCell', 'getSelection'];

export const AUTH_MODE_RULES: Readonly<Record<string, readonly ModeRule[]>> = {
  MailApp: [{ scope: MAIL[0], refusedIn: LIMITED_OR_LESS }],
  GmailApp: [{ scope: 'https://mail.google.com/', refusedIn: LIMITED_OR_LESS }],
  DocumentApp: [{ scope: DOCS[0], refusedIn: LIMITED_OR_LESS }],
  DriveApp: [{ scope: DRIVE[0], refusedIn: LIMITED_OR_LESS }],
  'Drive.Files': [{ scope: scope('drive.file'), refusedIn: LIMITED_OR_LESS }],
  'Docs.Documents': [{ scope: DOCS[0], refusedIn: LIMITED_OR_LESS }],
  UrlFetchApp: [{ scope: scope('script.external_request'), refusedIn: LIMITED_OR_LESS }],
  ScriptApp: [{ scope: TRIGGERS[0], methods: ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger'], refusedIn: LIMITED_OR_LESS }],
  SpreadsheetApp: [
    { scope: SHEETS[0], methods: ACTIVE_DOCUMENT, refusedIn: NONE_ONLY },
    { scope: SHEETS_ANY[0], methods: ['openById', 'openByUrl', 'open', 'create'], refusedIn: LIMITED_OR_LESS },
  ],
  // AS35: a sidebar or dialog needs an authorised run; alerts work in simple triggers.
  Ui: [{ scope: UI[0], methods: ['showSidebar', 'showModalDialog', 'showModelessDialog', 'showDialog'], refusedIn: LIMITED_OR_LESS }],
  // AS40: no properties and no cache at all before the add-on is enabled in the document.
  PropertiesService: [{ scope: scope('script.storage'), refusedIn: NONE_ONLY }],
  CacheService: [{ scope: scope('script.storage'), refusedIn: NONE_ONLY }],
};

export function permissionError(call: string, required: string): Error {
  return gasError(`You do not have permission to call ${call}. Required permissions: ${required}`);
}

/** Apps Script's message for a scope the manifest does not declare. */
export function insufficientScopesError(call: string, anyOf: readonly string[]): Error {
  const required = anyOf.length === 1 ? anyOf[0] : `(${anyOf.join(' || ')})`;
  return gasError(`Specified permissions are not sufficient to call ${call}. Required permissions: ${required}`);
}

/** The scopes `Class.method` needs (any one of them), or undefined when it needs none. */
export function requiredScopes(className: string, method: string): readonly string[] | undefined {
  const row = REQUIRED_SCOPES[className];
  // Own keys only: `toString` must not find Object.prototype's.
  return row && ((Object.prototype.hasOwnProperty.call(row, method) ? row[method] : undefined) ?? row[EVERY]);
}

/** Both checks, called by the boundary before every method the bundle calls. */
export class AuthPolicy {
  constructor(private readonly context: ExecutionContext, private readonly scopes: Scopes) {}

  check(className: string, method: string): void {
    const call = `${className}.${method}`;
    const rule = AUTH_MODE_RULES[className]?.find((r) => !r.methods || r.methods.includes(method));
    if (rule && rule.refusedIn.includes(this.context.authMode)) throw permissionError(call, rule.scope);
    const anyOf = requiredScopes(className, method);
    if (anyOf && !anyOf.some((s) => this.scopes.has(s))) throw insufficientScopesError(call, anyOf);
  }
}
