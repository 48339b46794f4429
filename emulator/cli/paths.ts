/**
 * Output paths are checked before any work, so a typo in `--out` costs nothing; files are
 * then written next to their target and renamed over it, so a failed write never leaves a
 * half-written file or destroys the previous one.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CLI_TEXT } from '../../src/core/messages/cli';
import { CliError } from './errors';

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function errnoOf(e: unknown): string {
  return String((e as NodeJS.ErrnoException).code ?? e);
}

/** Proves a folder writable by creating and removing a file in it (root ignores mode bits). */
function probeWritable(dir: string, shown: string): void {
  const probe = join(dir, `.antt-probe-${process.pid}-${Date.now()}`);
  try {
    closeSync(openSync(probe, 'wx'));
    rmSync(probe);
  } catch (e) {
    throw new CliError(CLI_TEXT.outputNotWritable(shown, errnoOf(e)));
  }
}

/** An output file for `option`: not a folder, in an existing writable folder, with extension `ext`. */
export function checkOutputFile(option: string, path: string, ext: string, opts: { mustNotExist?: boolean } = {}): string {
  if (!path.toLowerCase().endsWith(ext)) throw new CliError(CLI_TEXT.outputExtension(option, path, ext));
  const full = resolve(path);
  const st = statOrNull(full);
  if (st?.isDirectory()) throw new CliError(CLI_TEXT.outputIsDirectory(path));
  if (st && opts.mustNotExist) throw new CliError(CLI_TEXT.outputExists(path));
  const parent = dirname(full);
  const parentStat = statOrNull(parent);
  if (!parentStat?.isDirectory()) throw new CliError(CLI_TEXT.outputNoFolder(path, dirname(path)));
  probeWritable(parent, path);
  return full;
}

/** An output folder: created when missing (with its parents); an existing file is refused. */
export function checkOutputDir(path: string): string {
  const full = resolve(path);
  const st = statOrNull(full);
  if (st && !st.isDirectory()) throw new CliError(CLI_TEXT.outputNotDirectory(path));
  try {
    mkdirSync(full, { recursive: true });
  } catch (e) {
    const code = errnoOf(e);
    throw new CliError(code === 'ENOTDIR' || code === 'EEXIST' ? CLI_TEXT.outputNotDirectory(path) : CLI_TEXT.outputNotWritable(path, code));
  }
  probeWritable(full, path);
  return full;
}

/** Writes through a temporary sibling renamed over `path`; a write error is the user's line. */
export async function writeAtomically(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await write(tmp);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    if ((e as NodeJS.ErrnoException).code) throw new CliError(CLI_TEXT.writeFailed(path, errnoOf(e)));
    throw e;
  }
}
