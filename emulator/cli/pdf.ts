/**
 * `antt report --pdf`: the .docx made into a PDF by LibreOffice, beside it (R.docx → R.pdf).
 * Each run gives LibreOffice its own profile folder (-env:UserInstallation), so two runs at
 * once do not collide on the user's profile lock. Offline only: on Apps Script the add-on
 * asks Drive for the PDF.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { CLI_TEXT } from '../../src/core/messages/cli';
import { CliError } from './errors';

const run = promisify(execFile);
const SOFFICE = 'soffice';

/** Fails with one vi/en line (exit 2) when LibreOffice is not installed: checked before any work. */
export async function requireLibreOffice(): Promise<void> {
  try {
    await run(SOFFICE, ['--version'], { timeout: 60_000 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(CLI_TEXT.noLibreOffice);
    throw e;
  }
}

/** Converts `docx` to `pdf` (a path ending in .pdf) with a private LibreOffice profile. */
export async function docxToPdf(docx: string, pdf: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'antt-pdf-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    await run(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { timeout: 300_000 });
    renameSync(join(work, `${basename(docx).replace(/\.docx$/i, '')}.pdf`), pdf);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
