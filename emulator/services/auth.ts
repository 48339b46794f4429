/**
 * Which service methods an execution may call with its authority (AS25, AS26). Simple
 * triggers run in AuthMode.LIMITED and cannot use services that need authorisation; an
 * add-on's onOpen before it is enabled in the document runs in AuthMode.NONE and cannot
 * touch the document or its properties either.
 *
 * The policy is data keyed by global service name, so services registered later
 * (MailApp, DocumentApp, DriveApp, ...) are covered without touching their code: the
 * Emulator puts `guardService` between each global service and the call-counting proxy.
 */
import { gasError } from '../runtime/errors';
import type { AuthModeName, ExecutionContext } from './context';

const SCOPE = 'https://www.googleapis.com/auth/';

interface AuthRule {
  /** The scope named in the error. */
  scope: string;
  /** Methods the rule covers; every method of the service when absent. */
  methods?: readonly string[];
  /** Auth modes in which the call is refused. */
  refusedIn: readonly AuthModeName[];
}

const LIMITED_OR_LESS: readonly AuthModeName[] = ['NONE', 'LIMITED', 'CUSTOM_FUNCTION'];
const NONE_ONLY: readonly AuthModeName[] = ['NONE'];

export const AUTH_RULES: Readonly<Record<string, readonly AuthRule[]>> = {
  MailApp: [{ scope: `${SCOPE}script.send_mail`, refusedIn: LIMITED_OR_LESS }],
  GmailApp: [{ scope: 'https://mail.google.com/', refusedIn: LIMITED_OR_LESS }],
  DocumentApp: [{ scope: `${SCOPE}documents`, refusedIn: LIMITED_OR_LESS }],
  DriveApp: [{ scope: `${SCOPE}drive`, refusedIn: LIMITED_OR_LESS }],
  Drive: [{ scope: `${SCOPE}drive.file`, refusedIn: LIMITED_OR_LESS }],
  UrlFetchApp: [{ scope: `${SCOPE}script.external_request`, refusedIn: LIMITED_OR_LESS }],
  ScriptApp: [
    {
      scope: `${SCOPE}script.scriptapp`,
      methods: ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger'],
      refusedIn: LIMITED_OR_LESS,
    },
  ],
  SpreadsheetApp: [
    {
      scope: `${SCOPE}spreadsheets.currentonly`,
      methods: ['getActiveSpreadsheet', 'getActive', 'getActiveSheet', 'getActiveRange', 'getActiveRangeList', 'getCurrentCell', 'getSelection'],
      refusedIn: NONE_ONLY,
    },
    { scope: `${SCOPE}spreadsheets`, methods: ['openById', 'openByUrl', 'open', 'create'], refusedIn: LIMITED_OR_LESS },
  ],
  PropertiesService: [
    { scope: `${SCOPE}script.storage`, methods: ['getDocumentProperties', 'getUserProperties'], refusedIn: NONE_ONLY },
  ],
  CacheService: [{ scope: `${SCOPE}script.storage`, methods: ['getDocumentCache', 'getUserCache'], refusedIn: NONE_ONLY }],
};

export function permissionError(call: string, scope: string): Error {
  return gasError(`You do not have permission to call ${call}. Required permissions: ${scope}`);
}

function ruleFor(rules: readonly AuthRule[], method: string): AuthRule | undefined {
  return rules.find((r) => !r.methods || r.methods.includes(method));
}

/**
 * Wraps a global service so that its methods check the current auth mode first. Property
 * reads (enums such as `ScriptApp.AuthMode`) stay free, as they are on Apps Script.
 */
export function guardService<T extends object>(name: string, service: T, context: ExecutionContext): T {
  const rules = AUTH_RULES[name];
  if (!rules) return service;
  return new Proxy(service, {
    get(target, prop, receiver) {
      const member = Reflect.get(target, prop, receiver);
      if (typeof member !== 'function' || typeof prop === 'symbol' || prop === 'constructor') return member;
      const rule = ruleFor(rules, prop);
      if (!rule) return member;
      return function guarded(...args: unknown[]) {
        if (rule.refusedIn.includes(context.authMode)) throw permissionError(`${name}.${prop}`, rule.scope);
        return member.apply(target, args);
      };
    },
  });
}
