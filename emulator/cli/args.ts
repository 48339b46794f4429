/**
 * The command line → an Invocation of one command, or a CliError (exit 2). Node's parseArgs
 * only splits the words (non-strict, so its English-only errors never reach the user); every
 * rule is checked here against the command's own declaration.
 */
import { parseArgs } from 'node:util';
import { CLI_TEXT } from '../../src/core/messages/cli';
import { DEFAULT_TIME_ZONE } from '../xlsx';
import { parseDay, realToday } from './dates';
import { CliError } from './errors';
import { checkOutputDir, checkOutputFile } from './paths';
import { COMMON_OPTIONS, type CommandSpec, type Invocation, type OptionSpec } from './spec';

export type Parsed = { help: true } | { help: false; spec: CommandSpec; invocation: Invocation };

type Token = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never;

function placeholder(spec: OptionSpec): string {
  return spec.kind === 'day' ? 'YYYY-MM-DD' : 'value' in spec ? spec.value : '';
}

/** Every option name any command knows, typed, so parseArgs knows which ones take a value. */
function knownOptions(commands: readonly CommandSpec[]): Record<string, { type: 'string' | 'boolean'; short?: string }> {
  const all: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const spec of [COMMON_OPTIONS, ...commands.map((c) => c.options)]) {
    for (const [name, o] of Object.entries(spec)) all[name] = { type: o.kind === 'flag' ? 'boolean' : 'string' };
  }
  return all;
}

function optionValue(token: Extract<Token, { kind: 'option' }>, spec: OptionSpec): string | true {
  const shown = `--${token.name}`;
  if (spec.kind === 'flag') {
    if (token.value !== undefined) throw new CliError(CLI_TEXT.flagValue(shown));
    return true;
  }
  const v = token.value;
  if (v === undefined || (!token.inlineValue && v.startsWith('-'))) throw new CliError(CLI_TEXT.missingValue(shown, placeholder(spec)));
  if (v.trim() === '') throw new CliError(CLI_TEXT.emptyValue(shown, placeholder(spec)));
  return v;
}

/** The period's start is on or before its end (--as-of, by default the clock's day). */
function checkPeriod(values: Record<string, string | true>): void {
  const from = values.from;
  if (typeof from !== 'string') return;
  const asOf = values['as-of'] ?? values.today ?? realToday(DEFAULT_TIME_ZONE);
  if (typeof asOf === 'string' && from > asOf) throw new CliError(CLI_TEXT.fromAfterAsOf(from, asOf));
}

/** Checks an output path by its kind, before any work starts. */
function checkOutput(name: string, spec: OptionSpec, value: string | true): void {
  if (typeof value !== 'string') return;
  if (spec.kind === 'output-file') checkOutputFile(`--${name}`, value, spec.extension, { mustNotExist: spec.mustNotExist });
  else if (spec.kind === 'output-dir') checkOutputDir(value);
}

export function parseCommandLine(argv: readonly string[], commands: readonly CommandSpec[]): Parsed {
  const { tokens } = parseArgs({ args: [...argv], options: knownOptions(commands), strict: false, allowPositionals: true, tokens: true });
  const positionals = tokens.filter((t) => t.kind === 'positional').map((t) => t.value);
  const options = tokens.filter((t): t is Extract<Token, { kind: 'option' }> => t.kind === 'option');
  if (options.some((o) => o.name === 'help')) return { help: true };

  const [command, ...files] = positionals;
  const known = knownOptions(commands);
  const unknown = options.find((o) => !(o.name in known));
  if (unknown) throw new CliError(CLI_TEXT.unknownOption(unknown.rawName));
  if (command === undefined) throw new CliError(CLI_TEXT.noCommand);
  const spec = commands.find((c) => c.name === command);
  if (!spec) throw new CliError(CLI_TEXT.unknownCommand(command));

  // A command may tighten a common option (confirm and remind require --today).
  const allowed: Record<string, OptionSpec> = { ...COMMON_OPTIONS, ...spec.options };
  const values: Record<string, string | true> = {};
  for (const token of options) {
    const o = allowed[token.name];
    if (!o) throw new CliError(CLI_TEXT.optionNotFor(token.rawName, command));
    if (token.name in values) throw new CliError(CLI_TEXT.optionTwice(`--${token.name}`));
    values[token.name] = optionValue(token, o);
  }

  const maxFiles = spec.file ? 1 : 0;
  if (files.length > maxFiles) throw new CliError(CLI_TEXT.extraArgument(files[maxFiles], command));
  if (spec.file && !spec.file.optional && files.length === 0) throw new CliError(CLI_TEXT.missingFile(spec.file.name, command));
  for (const [name, o] of Object.entries(allowed)) {
    if (o.required && !(name in values)) throw new CliError(CLI_TEXT.missingOption(`--${name}`, placeholder(o), command));
  }
  if (files[0] === '') throw new CliError(CLI_TEXT.missingFile(spec.file?.name ?? '', command));
  // Values in the order typed, so the first mistake is the one reported; outputs last, as
  // checking a folder may create it.
  for (const token of options) if (allowed[token.name].kind === 'day') parseDay(token.rawName, values[token.name] as string);
  checkPeriod(values);
  for (const token of options) checkOutput(token.name, allowed[token.name], values[token.name]);

  const today = values.today;
  return {
    help: false,
    spec,
    invocation: { command, file: files[0], values, today: typeof today === 'string' ? today : undefined, debug: values.debug === true },
  };
}
