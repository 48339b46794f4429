/**
 * Logger and console write into the emulator's execution log (`emu.log`), never to the
 * process's stdout, so tests can read what a run logged and the CLI decides what to show.
 */
import { formatString } from './format-string';

/** One line per Logger.log / console.* call, warnings and errors marked as the log viewer does. */
export class ExecutionLog {
  readonly lines: string[] = [];

  write(line: string): void {
    this.lines.push(line);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return String(value);
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** `Logger.log('%s rows', n)` formats like Utilities.formatString; otherwise the arguments are joined. */
function message(first: unknown, rest: unknown[]): string {
  if (rest.length > 0 && typeof first === 'string' && first.includes('%')) return formatString(first, ...rest);
  return [first, ...rest].map(describe).join(' ');
}

export class Logger implements GoogleAppsScript.Base.Logger {
  static readonly serviceName = 'Logger';
  /** Logger.getLog() returns what this execution logged. */
  private current: string[] = [];

  constructor(private readonly sink: ExecutionLog) {}

  log(data: unknown, ...values: unknown[]): Logger {
    const line = message(data, values);
    this.current.push(line);
    this.sink.write(line);
    return this;
  }

  getLog(): string {
    return this.current.map((l) => `${l}\n`).join('');
  }

  clear(): void {
    this.current = [];
  }
}

/** The bundle's `console`; not a service, so its calls are not counted. */
export function createConsole(log: ExecutionLog): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const writer =
    (prefix: string) =>
    (...args: unknown[]) =>
      log.write(prefix + (args.length === 0 ? '' : message(args[0], args.slice(1))));
  return { log: writer(''), info: writer(''), warn: writer('Warning: '), error: writer('Error: ') };
}
