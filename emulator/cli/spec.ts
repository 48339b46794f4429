/**
 * How a command is declared: its file argument, its options and what it runs. The table of
 * commands (commands/index.ts) is the single place a command is added; parsing, refusing
 * options that do not apply, date checks, output-path checks and the help text all come
 * from these declarations.
 */

interface OptionBase {
  /** One line for --help (English; the option names are the same in both languages). */
  help: string;
  /** The command cannot run without it. */
  required?: boolean;
}

export type OptionSpec = OptionBase & (
  | { kind: 'flag' }
  /** A strict YYYY-MM-DD day. */
  | { kind: 'day' }
  /** Free text, e.g. a unit code or an e-mail address. */
  | { kind: 'text'; value: string }
  /** A file to write: checked (folder exists, writable, not a folder, extension) before any work. */
  | { kind: 'output-file'; value: string; extension: string; mustNotExist?: boolean }
  /** A folder to write into: created if missing; an existing file there is refused. */
  | { kind: 'output-dir'; value: string }
);

/** The parsed command line a command runs with: values checked, output paths resolved. */
export interface Invocation {
  command: string;
  /** The FILE argument, when the command takes one and it was given. */
  file?: string;
  /** Option values by name (without dashes): text for valued options, true for flags. */
  values: Readonly<Record<string, string | true>>;
  /** `--today`: the emulator's clock day; undefined means the real date. */
  today?: string;
  debug: boolean;
}

export interface CommandSpec {
  name: string;
  /** One line for --help. */
  summary: string;
  /** The positional file argument, e.g. FILE.xlsx; `optional` when another option can replace it. */
  file?: { name: string; optional?: boolean };
  options: Readonly<Record<string, OptionSpec>>;
  /** Runs the command after every generic check passed; resolves to the exit code. */
  run(inv: Invocation): Promise<number>;
}

/** Options every command takes (product.md: "Every command takes --today D and --debug"). */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  today: { kind: 'day', help: "the emulator clock's day (what the add-on takes as today); default the real date" },
  debug: { kind: 'flag', help: 'on an internal error, print its details' },
};

/** A text option's value, or undefined. */
export function text(inv: Invocation, name: string): string | undefined {
  const v = inv.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function flag(inv: Invocation, name: string): boolean {
  return inv.values[name] === true;
}
