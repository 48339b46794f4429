/** `antt --help`, made from the table of commands. */
import { COMMON_OPTIONS, type CommandSpec, type OptionSpec } from './spec';

function optionWord(name: string, o: OptionSpec): string {
  return o.kind === 'flag' ? `--${name}` : `--${name} ${o.kind === 'day' ? 'D' : o.value}`;
}

function optionUsage(name: string, o: OptionSpec): string {
  return o.required ? optionWord(name, o) : `[${optionWord(name, o)}]`;
}

function usageLine(c: CommandSpec): string {
  const file = c.file ? (c.file.optional ? `[${c.file.name}]` : c.file.name) : '';
  const opts = Object.entries(c.options).map(([n, o]) => optionUsage(n, o));
  return ['antt', c.name, file, ...opts].filter(Boolean).join(' ');
}

export function helpText(commands: readonly CommandSpec[]): string {
  const lines = [
    'antt — mô hình "Tự phòng, tự quản" ngoại tuyến / offline runtime of the Sheets add-on',
    '',
    'Usage:',
    ...commands.flatMap((c) => [
      `  ${usageLine(c)}`,
      `      ${c.summary}`,
      ...Object.entries(c.options).map(([n, o]) => `      ${optionWord(n, o).padEnd(18)} ${o.help}`),
    ]),
    '  antt --help',
    '',
    'Options of every command:',
    ...Object.entries(COMMON_OPTIONS).map(([n, o]) => `  ${optionWord(n, o).padEnd(22)} ${o.help}`),
    '',
    'Dates D are YYYY-MM-DD (2019-04-24). --today sets the day the add-on runs on: rows are',
    'checked against it (meetings overdue, dates in the future) and it is the default --as-of.',
    '--as-of only sets the last day of the totals/report period; the check still uses --today.',
    '',
    'Exit codes: 0 ok; 1 validation errors found; 2 a mistake in the command or an unusable',
    'file (one Vietnamese / English line); 3 internal error (please report; details with --debug).',
  ];
  return lines.join('\n');
}
