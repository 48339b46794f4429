/**
 * `antt`: the offline runtime's command line (product.md, "Command-line contract"). Every
 * command loads dist/Code.js into the emulator and calls the bundle's global functions, as
 * Apps Script would; none calls the core modules directly. The commands are declared in
 * cli/commands/index.ts.
 *
 * Exit codes: 0 ok; 1 validation errors found (or a refused confirmation); 2 the user's
 * mistake or unusable input, one Vietnamese + English line; 3 an internal error, one
 * "please report" line (or, for a scope the manifest lacks, the service and the scope), its
 * details only with --debug. Never a stack trace otherwise.
 */
import { CLI_TEXT } from '../src/core/messages/cli';
import { parseCommandLine } from './cli/args';
import { COMMANDS } from './cli/commands';
import { CliError, permissionLine } from './cli/errors';
import { helpText } from './cli/help';

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv, COMMANDS);
  if (parsed.help) {
    console.log(helpText(COMMANDS));
    return 0;
  }
  return parsed.spec.run(parsed.invocation);
}

/** The exit code and the line for an error that reached the top. */
function report(e: unknown, debug: boolean): number {
  if (e instanceof CliError) {
    console.error(e.message);
    return e.exitCode;
  }
  console.error(permissionLine(e) ?? CLI_TEXT.internal);
  if (debug) console.error(e instanceof Error ? e.stack ?? e.message : String(e));
  return 3;
}

export function run(argv: string[]): void {
  const debug = argv.includes('--debug');
  // `antt … | head` closes the pipe early: stop quietly, as command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.exit(report(e, debug));
  });
  // Anything thrown outside the promise chain (a library's stray callback) still gets one line.
  process.on('uncaughtException', (e) => process.exit(report(e, debug)));
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.exitCode = report(e, debug);
    },
  );
}

if (require.main === module) run(process.argv.slice(2));
