/**
 * The offline Apps Script runtime: the services, the bundle and one execution at a time.
 *
 *   const emu = new Emulator({ now: '2019-04-24T08:00:00+07:00', data });
 *   emu.load();                          // dist/Code.js
 *   emu.runSimpleTrigger('onOpen', { authMode: 'NONE' });
 *   emu.ui.answer({ button: 'YES' });
 *   emu.run('menuValidate');
 *
 * Services live across runs (properties, caches, triggers, the spreadsheet), as they do on
 * Apps Script; the bundle's globals do not: every run evaluates the file again (AS03).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createSpreadsheetApp, type EmuSpreadsheet } from './spreadsheet';
import type { WorkbookData } from './workbook-data';
import type { Sharing } from './spreadsheet/protection';
import { bundleFile, DEFAULT_BUNDLE, LoadedScript } from './loader';
import { wrap } from './runtime/boundary';
import { CallCounter } from './runtime/calls';
import { Clock } from './runtime/clock';
import { AuthPolicy } from './services/auth';
import { CacheService } from './services/cache';
import { type AuthModeName, ExecutionContext } from './services/context';
import { LockRegistry, LockService } from './services/lock';
import { createConsole, ExecutionLog, Logger } from './services/logger';
import { PropertiesService, PropertyStores } from './services/properties';
import { MailApp, MailOutbox } from './services/mail';
import { ScriptApp, TriggerRegistry } from './services/script-app';
import { Session, User } from './services/session';
import { Ui, UiRecorder } from './services/ui';
import { Utilities } from './services/utilities';
import { HtmlService } from './services/html';
import { createScriptRun, type ScriptRun } from './script-run/runner';
import { ScriptRunQueue } from './script-run/queue';
import { ChartsService } from './charts/charts';
import { DocumentAppService } from './document/document';
import { AdvancedDocs } from './document/docs-api';
import { AdvancedDrive } from './drive/advanced-drive';
import { DriveAppService } from './drive/drive-app';
import { DriveStore } from './drive/store';
import { type Grant, Scopes } from './drive/scopes';

export interface EmulatorOptions {
  /** The emulator clock's start (default: the real now). */
  now?: Date | string | number;
  /** The spreadsheet's time zone (default Asia/Ho_Chi_Minh, as appsscript.json). */
  timeZone?: string;
  /** The script's time zone; by default read from appsscript.json next to the bundle. */
  scriptTimeZone?: string;
  /** The spreadsheet's locale, e.g. vi_VN; Session reports its language. */
  locale?: string;
  /** The spreadsheet's and the script's owner. */
  owner?: string;
  /** The user running the script (default: the owner). */
  user?: string;
  /** The auth mode of `run` when the event names none (default FULL). */
  authMode?: AuthModeName;
  /** The bound spreadsheet's content. */
  data?: WorkbookData;
  /** Who the spreadsheet is shared with (AS38); by default the running user only. */
  sharing?: Sharing;
  /** False for a standalone script: no bound spreadsheet, document lock, properties or cache. */
  bound?: boolean;
  scriptId?: string;
  /** Title of the menu createAddonMenu() makes (the add-on's name). */
  addonTitle?: string;
  /** Picks which waiting google.script.run call runs next (default Math.random; AS34). */
  scriptRunOrder?: () => number;
  /**
   * The scopes the script holds (AS36); by default the `oauthScopes` of the appsscript.json
   * next to the bundle, and every scope for script text loaded without a manifest.
   */
  scopes?: Grant;
}

/** An Apps Script event object; `authMode` is a ScriptApp.AuthMode value. */
export type EmulatorEvent = { authMode?: AuthModeName | string } & Record<string, unknown>;

const AUTH_MODES: readonly AuthModeName[] = ['NONE', 'LIMITED', 'FULL', 'CUSTOM_FUNCTION'];

function authModeOf(value: unknown, fallback: AuthModeName): AuthModeName {
  if (value === undefined || value === null) return fallback;
  const name = String(value);
  if (!(AUTH_MODES as readonly string[]).includes(name)) throw new Error(`Emulator: unknown authMode ${name}`);
  return name as AuthModeName;
}

/** One run of a clock trigger during `advanceTo`. */
export interface FiredTrigger {
  at: number;
  handler: string;
  result?: unknown;
  error?: string;
}

/** The time fields of a time-driven event object (UTC, as Apps Script gives them). */
function timeFields(at: number): Record<string, number | string> {
  const d = new Date(at);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, 'day-of-month': d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), timezone: 'UTC',
  };
}

export class Emulator {
  readonly clock: Clock;
  readonly calls = new CallCounter();
  readonly context: ExecutionContext;
  /** Menus, alerts, prompts and dialogs shown, and the user's scripted answers. */
  readonly ui: UiRecorder;
  /** The Ui object SpreadsheetApp.getUi() returns. */
  readonly editorUi: Ui;
  readonly locks: LockRegistry;
  readonly properties: PropertyStores;
  readonly triggers: TriggerRegistry;
  /** MailApp's outbox, daily recipient quota and test hooks. */
  readonly mail: MailOutbox;
  /** The execution log: one line per Logger.log / console.* call, across runs. */
  readonly log: string[];
  /** Global services by name, unwrapped (emulator internals and tests use these directly). */
  readonly services: Record<string, object> = {};
  /** Drive's files (documents the add-on created, PDFs, folders), for tests and export. */
  readonly drive: DriveStore;
  /** The bound spreadsheet (unwrapped); undefined for a standalone script. */
  readonly spreadsheet?: EmuSpreadsheet;
  /** google.script.run calls made and not yet answered (`await emu.scriptRunQueue.idle()`). */
  readonly scriptRunQueue: ScriptRunQueue;
  /** The OAuth scopes every call is checked against (AS36). */
  readonly scopes: Scopes;

  private readonly executionLog = new ExecutionLog();
  private readonly logger: Logger;
  private readonly console: ReturnType<typeof createConsole>;
  private readonly defaultAuthMode: AuthModeName;
  private readonly scriptTimeZoneFixed: boolean;
  private readonly scopesFixed: boolean;
  private code?: { text: string; filename: string };
  /** The folder of the loaded bundle, where HtmlService finds the project's HTML files. */
  private projectDir?: string;
  private script?: LoadedScript;
  /** The loaded script has not run yet: its top level ran once already for this run. */
  private fresh = false;

  constructor(options: EmulatorOptions = {}) {
    const owner = options.owner ?? 'owner@example.com';
    const user = options.user ?? owner;
    const timeZone = options.timeZone ?? options.data?.timeZone ?? 'Asia/Ho_Chi_Minh';
    const locale = options.locale ?? options.data?.locale ?? 'vi_VN';
    const bound = options.bound ?? true;
    this.clock = new Clock(options.now ?? Date.now());
    this.context = new ExecutionContext(this.clock, owner, user, options.scriptTimeZone ?? timeZone, locale.split('_')[0], bound);
    this.scriptTimeZoneFixed = options.scriptTimeZone !== undefined;
    this.scopes = new Scopes(options.scopes ?? 'automatic');
    this.scopesFixed = options.scopes !== undefined;
    this.calls.policy = new AuthPolicy(this.context, this.scopes);
    this.defaultAuthMode = options.authMode ?? 'FULL';
    this.ui = new UiRecorder(options.addonTitle);
    this.editorUi = new Ui(this.ui);
    this.locks = new LockRegistry(this.context);
    this.properties = new PropertyStores(bound);
    this.triggers = new TriggerRegistry(options.scriptId ?? 'emulator-script-id');
    this.log = this.executionLog.lines;
    this.logger = new Logger(this.executionLog);
    this.console = createConsole(this.executionLog);
    this.scriptRunQueue = new ScriptRunQueue((name, args) => this.call(name, args, 'FULL'), options.scriptRunOrder);

    this.register('PropertiesService', new PropertiesService(this.properties, this.context));
    this.register('CacheService', new CacheService(this.clock, this.context));
    this.register('LockService', new LockService(this.locks, this.clock, this.context));
    this.register('Session', new Session(this.context));
    this.register('Utilities', new Utilities(this.clock, this.context));
    this.register('Logger', this.logger);
    this.register('ScriptApp', new ScriptApp(this.triggers, this.context));
    this.mail = new MailOutbox(this.context);
    this.register('MailApp', new MailApp(this.mail));
    this.register('HtmlService', new HtmlService(() => this.projectDir, (code) => this.loaded().evaluate(code)));
    this.drive = new DriveStore(() => this.clock.now());
    const date = (ms: number) => this.clock.date(ms);
    const scopes = this.scopes;
    this.register('DocumentApp', new DocumentAppService(this.drive));
    this.register('DriveApp', new DriveAppService(this.drive, { date, scopes }));
    this.register('Drive', new AdvancedDrive(this.drive, { date, scopes }));
    this.register('Docs', new AdvancedDocs(this.drive));
    this.register('Charts', new ChartsService());

    if (bound) {
      const { app, spreadsheet } = createSpreadsheetApp({
        clock: this.clock,
        data: options.data,
        timeZone,
        locale,
        ui: this.editorUi,
        ownerEmail: owner,
        activeUserEmail: user,
        sharing: options.sharing,
      });
      this.spreadsheet = spreadsheet;
      this.register('SpreadsheetApp', app);
      this.calls.observer = (className, key) => spreadsheet.writes.beforeCall(className, key);
    }
  }

  /**
   * Adds a global service (DocumentApp, DriveApp, MailApp, Charts, HtmlService, ...). Its
   * calls are counted under its class's `serviceName` and checked against the auth policy
   * (services/auth.ts) under `name`. May be called after `load`.
   */
  register(name: string, service: object): void {
    this.services[name] = service;
    this.script?.expose(name, service);
  }

  /** Loads the bundle and runs its top level once (AS03). */
  load(path: string = DEFAULT_BUNDLE): this {
    const file = bundleFile(path);
    this.projectDir = dirname(file);
    this.readManifest(this.projectDir);
    return this.loadCode(readFileSync(file, 'utf8'), file);
  }

  /** Loads script text directly (tests of the runtime itself). */
  loadCode(text: string, filename = 'Code.js'): this {
    this.code = { text, filename };
    this.script = this.evaluate();
    this.fresh = true;
    return this;
  }

  /** Whether the loaded script has a top-level function of that name (AS02). */
  has(name: string): boolean {
    return this.loaded().has(name);
  }

  /**
   * Runs a top-level function as a menu item, an installable trigger or a direct call does.
   * The auth mode is the event's (`event.authMode`), else the constructor's (default FULL).
   */
  run(name: string, event?: EmulatorEvent): unknown {
    const authMode = authModeOf(event?.authMode, this.defaultAuthMode);
    return this.execute(name, event === undefined ? [] : [this.wrapEvent(event)], authMode, false);
  }

  /**
   * Runs a simple trigger (onOpen, onEdit, onInstall): AuthMode.LIMITED unless the event
   * says NONE (an add-on not yet enabled in the document), no authorised services, the
   * active user hidden (AS25, AS26) and a 30 s limit.
   */
  runSimpleTrigger(name: string, event: EmulatorEvent = {}): unknown {
    const authMode = authModeOf(event.authMode, 'LIMITED');
    if (authMode !== 'LIMITED' && authMode !== 'NONE') throw new Error(`Emulator: simple triggers run in LIMITED or NONE, not ${authMode}`);
    const full: EmulatorEvent = { ...event, authMode };
    // In NONE the event carries no document: the add-on has no access to it yet.
    if (authMode === 'LIMITED' && this.spreadsheet && full.source === undefined) full.source = this.spreadsheet;
    if (full.user === undefined) full.user = new User('');
    return this.execute(name, [this.wrapEvent(full)], authMode, true);
  }

  /** Runs a function with arguments (google.script.run calls, custom functions). */
  call(name: string, args: unknown[], authMode: AuthModeName = this.defaultAuthMode): unknown {
    return this.execute(name, args.map((a) => wrap(a, this.calls)), authMode, false);
  }

  /**
   * The `google.script.run` a page shown by this script would get (AS04, AS33, AS34): each
   * call runs later as its own execution, in no fixed order; `await emu.scriptRunQueue.idle()`
   * waits for the answers.
   */
  scriptRun(): ScriptRun {
    return createScriptRun(this.functionNames(), this.scriptRunQueue);
  }

  /** The loaded script's top-level function names (AS02). */
  functionNames(): string[] {
    return this.loaded().functionNames();
  }


  /**
   * Moves the clock forward to `when`, running each installable clock trigger as it comes
   * due, in time order (AS27): the handler gets a time-driven event in AuthMode.FULL. A
   * handler that throws is recorded (Apps Script mails its owner a failure notice) and the
   * clock moves on.
   */
  advanceTo(when: Date | string | number): FiredTrigger[] {
    const until = new Date(when).getTime();
    if (until < this.clock.now()) throw new Error('Emulator: the clock only moves forward');
    const fired: FiredTrigger[] = [];
    for (let due = this.triggers.due(until, this.context.scriptTimeZone); due; due = this.triggers.due(until, this.context.scriptTimeZone)) {
      const { trigger, at } = due;
      this.triggers.fired(trigger, at);
      if (at > this.clock.now()) this.clock.set(at);
      const event = { authMode: 'FULL', triggerUid: trigger.getUniqueId(), ...timeFields(at) };
      try {
        fired.push({ at, handler: trigger.getHandlerFunction(), result: this.run(trigger.getHandlerFunction(), event) });
      } catch (e) {
        // The bundle's errors come from the vm realm: not `instanceof Error` here.
        const message = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
        fired.push({ at, handler: trigger.getHandlerFunction(), error: message });
      }
    }
    if (until > this.clock.now()) this.clock.set(until);
    return fired;
  }

  private execute(name: string, args: unknown[], authMode: AuthModeName, simpleTrigger: boolean): unknown {
    if (this.context.running) throw new Error(`Emulator: ${name} started while another run is in progress`);
    this.loaded();
    this.context.begin(authMode, simpleTrigger);
    this.logger.clear();
    try {
      // Every execution starts from a fresh global scope (AS03).
      if (!this.fresh) this.script = this.evaluate();
      this.fresh = false;
      const result = this.loaded().run(name, ...args);
      this.context.checkDeadline();
      return result;
    } finally {
      // AS39: the end of an execution applies its pending writes, then lets its locks go.
      this.spreadsheet?.writes.flush();
      this.locks.releaseAll(); // AS29
      this.context.end();
    }
  }

  private evaluate(): LoadedScript {
    if (!this.code) throw new Error('Emulator: load() the bundle first');
    return LoadedScript.fromCode(this.code.text, {
      services: this.services,
      calls: this.calls,
      clock: this.clock,
      console: this.console,
      filename: this.code.filename,
    });
  }

  private loaded(): LoadedScript {
    if (!this.script) throw new Error('Emulator: load() the bundle first');
    return this.script;
  }

  private wrapEvent(event: EmulatorEvent): EmulatorEvent {
    return Object.fromEntries(Object.entries(event).map(([k, v]) => [k, wrap(v, this.calls)])) as EmulatorEvent;
  }

  /** The script's time zone and scopes, from the manifest the bundle ships with. */
  private readManifest(dir: string): void {
    const file = join(dir, 'appsscript.json');
    if (!existsSync(file)) return;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { timeZone?: unknown; oauthScopes?: unknown };
    if (!this.scriptTimeZoneFixed && typeof manifest.timeZone === 'string') this.context.scriptTimeZone = manifest.timeZone;
    if (!this.scopesFixed) this.scopes.grant(Array.isArray(manifest.oauthScopes) ? manifest.oauthScopes.map(String) : 'automatic');
  }
}
