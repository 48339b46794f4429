/**
 * ScriptApp: enums and installable triggers (AS27). Triggers are recorded in the Emulator's
 * TriggerRegistry (`emu.triggers`) with their schedule; at most 20 per user per script.
 * Clock triggers fire as the emulator clock advances (`emu.advanceTo`): daily ones at
 * `atHour`:`nearMinute` (minute 0 by default; Apps Script picks a time within that hour) in
 * the trigger's or the script's time zone, hourly and minutely ones on their multiples,
 * one-off ones (`at`, `after`) once.
 */
import { gasError } from '../runtime/errors';
import { localParts, zonedInstant } from '../runtime/zone';
import type { ExecutionContext } from './context';
import { enumOf } from './enums';

type EventType = GoogleAppsScript.Script.EventType;
type TriggerSource = GoogleAppsScript.Script.TriggerSource;

export const MAX_TRIGGERS_PER_USER = 20;
const TOO_MANY = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** Editor add-ons: one clock trigger per user per document (AS27). The exact text is unconfirmed. */
const ADDON_ONE_CLOCK = 'This add-on already has a time-based trigger for this document and user. Delete it before adding another.';

export const AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const EventTypes = enumOf<typeof GoogleAppsScript.Script.EventType>(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TriggerSources = enumOf<typeof GoogleAppsScript.Script.TriggerSource>(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
export const AuthorizationStatus = enumOf<typeof GoogleAppsScript.Script.AuthorizationStatus>(['REQUIRED', 'NOT_REQUIRED']);
export const WeekDay = enumOf<typeof GoogleAppsScript.Base.Weekday>(['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);

/** When a clock trigger fires, as its builder described it. */
export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  /** One-off triggers (`at`, `after`, `atDate`): epoch ms. */
  at?: number;
  timeZone?: string;
}

export class Trigger implements GoogleAppsScript.Script.Trigger {
  static readonly serviceName = 'Trigger';

  constructor(
    readonly id: string,
    readonly handler: string,
    readonly eventType: string,
    readonly source: string,
    readonly sourceId: string,
    /** Installable triggers run as the user who created them. */
    readonly ownerEmail: string,
    readonly schedule?: ClockSchedule,
  ) {}

  getHandlerFunction(): string {
    return this.handler;
  }

  getUniqueId(): string {
    return this.id;
  }

  getEventType(): EventType {
    return this.eventType as unknown as EventType;
  }

  getTriggerSource(): TriggerSource {
    return this.source as unknown as TriggerSource;
  }

  getTriggerSourceId(): string {
    return this.sourceId;
  }
}

const MINUTE_MS = 60_000;

/**
 * When a clock schedule next fires strictly after `after`, or null when it never will
 * (a one-off already past). Weekly and monthly schedules are not emulated.
 */
export function nextFire(s: ClockSchedule, after: number, scriptTimeZone: string): number | null {
  if (s.at !== undefined) return s.at > after ? s.at : null;
  const every = s.everyMinutes ?? (s.everyHours === undefined ? undefined : s.everyHours * 60);
  if (every !== undefined) return (Math.floor(after / (every * MINUTE_MS)) + 1) * every * MINUTE_MS;
  if (s.everyDays === undefined) throw new Error('Emulator: only minute, hour, day and one-off clock triggers fire');
  const zone = s.timeZone ?? scriptTimeZone;
  const p = localParts(after, zone);
  for (let d = 0; ; d += s.everyDays) {
    const at = zonedInstant(p.year, p.month, p.day + d, zone, s.atHour ?? 0, s.nearMinute ?? 0);
    if (at > after) return at;
  }
}

/** The project's installed triggers, kept across runs (`emu.triggers`). */
export class TriggerRegistry {
  private readonly all: Trigger[] = [];
  private nextId = 1;
  /** Per trigger id: when it last fired, or was created. */
  private readonly lastFired = new Map<string, number>();
  /** Running as an editor add-on: at most one clock trigger per user (and document). */
  addonMode = false;

  constructor(readonly scriptId: string) {}

  list(userEmail?: string): Trigger[] {
    return this.all.filter((t) => userEmail === undefined || t.ownerEmail === userEmail);
  }

  add(handler: string, eventType: string, source: string, sourceId: string, ownerEmail: string, schedule: ClockSchedule | undefined, now: number): Trigger {
    if (this.list(ownerEmail).length >= MAX_TRIGGERS_PER_USER) throw gasError(TOO_MANY);
    if (this.addonMode && eventType === 'CLOCK' && this.list(ownerEmail).some((t) => t.eventType === 'CLOCK')) throw gasError(ADDON_ONE_CLOCK);
    const trigger = new Trigger(String(this.nextId++), handler, eventType, source, sourceId, ownerEmail, schedule);
    this.all.push(trigger);
    this.lastFired.set(trigger.id, now);
    return trigger;
  }

  delete(trigger: Trigger): void {
    const i = this.all.findIndex((t) => t.id === trigger.id);
    if (i >= 0) this.all.splice(i, 1);
    this.lastFired.delete(trigger.id);
  }

  /** The clock trigger that fires first at or before `until`, with its time; null when none. */
  due(until: number, scriptTimeZone: string): { trigger: Trigger; at: number } | null {
    let first: { trigger: Trigger; at: number } | null = null;
    for (const t of this.all) {
      if (t.eventType !== 'CLOCK' || !t.schedule) continue;
      const at = nextFire(t.schedule, this.lastFired.get(t.id) ?? 0, scriptTimeZone);
      if (at !== null && at <= until && (first === null || at < first.at)) first = { trigger: t, at };
    }
    return first;
  }

  /** Marks a trigger fired at `at`; a one-off trigger is gone after it fires. */
  fired(trigger: Trigger, at: number): void {
    this.lastFired.set(trigger.id, at);
    if (trigger.schedule?.at !== undefined) this.delete(trigger);
  }
}

/** What the builders need from the surrounding ScriptApp. */
interface TriggerSink {
  create(handler: string, eventType: string, source: string, sourceId: string, schedule?: ClockSchedule): Trigger;
}

export class ClockTriggerBuilder
  implements
    Pick<
      GoogleAppsScript.Script.ClockTriggerBuilder,
      'after' | 'at' | 'atDate' | 'atHour' | 'everyDays' | 'everyHours' | 'everyMinutes' | 'everyWeeks' | 'inTimezone' | 'nearMinute' | 'onMonthDay' | 'onWeekDay'
    >
{
  static readonly serviceName = 'ClockTriggerBuilder';
  private readonly schedule: ClockSchedule = {};

  constructor(
    private readonly handler: string,
    private readonly sink: TriggerSink,
    private readonly now: () => number,
  ) {}

  everyMinutes(n: number): ClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(n)) throw gasError('Invalid argument: minutes. Must be one of 1, 5, 10, 15 or 30.');
    this.schedule.everyMinutes = n;
    return this;
  }

  everyHours(n: number): ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw gasError('Invalid argument: hours');
    this.schedule.everyHours = n;
    return this;
  }

  everyDays(n: number): ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw gasError('Invalid argument: days');
    this.schedule.everyDays = n;
    return this;
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw gasError('Invalid argument: weeks');
    this.schedule.everyWeeks = n;
    return this;
  }

  atHour(hour: number): ClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw gasError('Invalid argument: hour');
    this.schedule.atHour = hour;
    return this;
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw gasError('Invalid argument: minute');
    this.schedule.nearMinute = minute;
    return this;
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilder {
    this.schedule.onWeekDay = String(day);
    return this;
  }

  onMonthDay(day: number): ClockTriggerBuilder {
    if (!Number.isInteger(day) || day < 1 || day > 31) throw gasError('Invalid argument: day');
    this.schedule.onMonthDay = day;
    return this;
  }

  inTimezone(timezone: string): ClockTriggerBuilder {
    this.schedule.timeZone = timezone;
    return this;
  }

  at(date: Date): ClockTriggerBuilder {
    this.schedule.at = date.getTime();
    return this;
  }

  after(durationMilliseconds: number): ClockTriggerBuilder {
    this.schedule.at = this.now() + durationMilliseconds;
    return this;
  }

  atDate(year: number, month: number, day: number): ClockTriggerBuilder {
    this.schedule.at = Date.UTC(year, month - 1, day);
    return this;
  }

  create(): Trigger {
    const s = this.schedule;
    const recurring = s.everyMinutes ?? s.everyHours ?? s.everyDays ?? s.everyWeeks ?? s.onWeekDay ?? s.onMonthDay;
    if (recurring === undefined && s.at === undefined) throw gasError('The trigger has no schedule. Call everyMinutes, everyHours, everyDays, everyWeeks, onWeekDay, onMonthDay, at or after.');
    return this.sink.create(this.handler, 'CLOCK', 'CLOCK', '', { ...s });
  }
}

export class SpreadsheetTriggerBuilder implements Pick<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, 'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit'> {
  static readonly serviceName = 'SpreadsheetTriggerBuilder';
  private eventType?: string;

  constructor(
    private readonly handler: string,
    private readonly spreadsheetId: string,
    private readonly sink: TriggerSink,
  ) {}

  onOpen(): SpreadsheetTriggerBuilder {
    return this.on('ON_OPEN');
  }

  onEdit(): SpreadsheetTriggerBuilder {
    return this.on('ON_EDIT');
  }

  onChange(): SpreadsheetTriggerBuilder {
    return this.on('ON_CHANGE');
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    return this.on('ON_FORM_SUBMIT');
  }

  create(): Trigger {
    if (!this.eventType) throw gasError('The trigger has no event type. Call onOpen, onEdit, onChange or onFormSubmit.');
    return this.sink.create(this.handler, this.eventType, 'SPREADSHEETS', this.spreadsheetId, undefined);
  }

  private on(eventType: string): SpreadsheetTriggerBuilder {
    this.eventType = eventType;
    return this;
  }
}

export class TriggerBuilder implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased'> {
  static readonly serviceName = 'TriggerBuilder';

  constructor(
    private readonly handler: string,
    private readonly sink: TriggerSink,
    private readonly now: () => number,
  ) {}

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.handler, this.sink, this.now);
  }

  forSpreadsheet(sheet: { getId(): string } | string): SpreadsheetTriggerBuilder {
    return new SpreadsheetTriggerBuilder(this.handler, idOf(sheet), this.sink);
  }
}

function idOf(document: { getId(): string } | string): string {
  return typeof document === 'string' ? document : document.getId();
}

/**
 * What `getAuthorizationInfo` answers: REQUIRED while the user has not granted every scope
 * the project asks for (an update added one, or the consent screen's boxes were unticked),
 * with the URL that asks again. The emulator's user has granted everything unless a test
 * names scopes in `ScriptApp.ungrantedScopes`.
 */
export class AuthorizationInfo implements GoogleAppsScript.Script.AuthorizationInfo {
  static readonly serviceName = 'AuthorizationInfo';

  constructor(private readonly required: boolean, private readonly scriptId: string) {}

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return (this.required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED) as GoogleAppsScript.Script.AuthorizationStatus;
  }

  /** null when nothing is required, as Apps Script returns. */
  getAuthorizationUrl(): string {
    return (this.required ? `https://script.google.com/macros/d/${this.scriptId}/authorize` : null) as unknown as string;
  }
}

export class ScriptApp implements Pick<GoogleAppsScript.Script.ScriptApp, 'AuthMode' | 'AuthorizationStatus' | 'EventType' | 'TriggerSource' | 'WeekDay' | 'deleteTrigger' | 'getAuthorizationInfo' | 'getProjectTriggers' | 'getScriptId'> {
  static readonly serviceName = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  /** Test hook: scopes the user has not granted (getAuthorizationInfo says REQUIRED). */
  ungrantedScopes: string[] = [];
  readonly EventType = EventTypes;
  readonly TriggerSource = TriggerSources;
  readonly WeekDay = WeekDay;

  constructor(
    private readonly registry: TriggerRegistry,
    private readonly context: ExecutionContext,
  ) {}

  newTrigger(functionName: string): TriggerBuilder {
    const sink: TriggerSink = {
      create: (handler, eventType, source, sourceId, schedule) => this.registry.add(handler, eventType, source, sourceId, this.context.userEmail, schedule, this.context.clock.now()),
    };
    return new TriggerBuilder(String(functionName), sink, () => this.context.clock.now());
  }

  /** The current user's installable triggers in this project. */
  getProjectTriggers(): Trigger[] {
    return this.registry.list(this.context.userEmail);
  }

  getUserTriggers(document: { getId(): string } | string): Trigger[] {
    const id = idOf(document);
    return this.getProjectTriggers().filter((t) => t.sourceId === id);
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.registry.delete(trigger as Trigger);
  }

  getScriptId(): string {
    return this.registry.scriptId;
  }

  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode): AuthorizationInfo {
    if (!Object.values(AuthMode).includes(authMode)) throw gasError('Invalid argument: authMode');
    return new AuthorizationInfo(String(authMode) !== 'NONE' && this.ungrantedScopes.length > 0, this.registry.scriptId);
  }
}
