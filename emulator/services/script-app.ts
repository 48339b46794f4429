/**
 * ScriptApp: enums and installable triggers (AS27). Triggers are recorded in the Emulator's
 * TriggerRegistry (`emu.triggers`) with their schedule, so tests can check what was
 * installed and a driver can fire them; at most 20 per user per script.
 */
import { gasError } from '../runtime/errors';
import type { ExecutionContext } from './context';
import { enumOf } from './enums';

type EventType = GoogleAppsScript.Script.EventType;
type TriggerSource = GoogleAppsScript.Script.TriggerSource;

export const MAX_TRIGGERS_PER_USER = 20;
const TOO_MANY = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export const AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const EventTypes = enumOf<typeof GoogleAppsScript.Script.EventType>(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TriggerSources = enumOf<typeof GoogleAppsScript.Script.TriggerSource>(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
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

/** The project's installed triggers, kept across runs (`emu.triggers`). */
export class TriggerRegistry {
  private readonly all: Trigger[] = [];
  private nextId = 1;

  constructor(readonly scriptId: string) {}

  list(userEmail?: string): Trigger[] {
    return this.all.filter((t) => userEmail === undefined || t.ownerEmail === userEmail);
  }

  add(handler: string, eventType: string, source: string, sourceId: string, ownerEmail: string, schedule?: ClockSchedule): Trigger {
    if (this.list(ownerEmail).length >= MAX_TRIGGERS_PER_USER) throw gasError(TOO_MANY);
    const trigger = new Trigger(String(this.nextId++), handler, eventType, source, sourceId, ownerEmail, schedule);
    this.all.push(trigger);
    return trigger;
  }

  delete(trigger: Trigger): void {
    const i = this.all.findIndex((t) => t.id === trigger.id);
    if (i >= 0) this.all.splice(i, 1);
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

export class ScriptApp implements Pick<GoogleAppsScript.Script.ScriptApp, 'AuthMode' | 'EventType' | 'TriggerSource' | 'WeekDay' | 'deleteTrigger' | 'getProjectTriggers' | 'getScriptId'> {
  static readonly serviceName = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly EventType = EventTypes;
  readonly TriggerSource = TriggerSources;
  readonly WeekDay = WeekDay;

  constructor(
    private readonly registry: TriggerRegistry,
    private readonly context: ExecutionContext,
  ) {}

  newTrigger(functionName: string): TriggerBuilder {
    const sink: TriggerSink = {
      create: (handler, eventType, source, sourceId, schedule) => this.registry.add(handler, eventType, source, sourceId, this.context.userEmail, schedule),
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
}
