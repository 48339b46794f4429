/**
 * The "Nơi nhận" block from the settings text. Staff type it in many ways (one per line,
 * with or without dashes, all on one line separated by ";"); the document needs
 * "- …;" lines ending with "- Lưu: VT, …." (Nghị định 30).
 */
import { clean, normKey } from '../normalise';
import { REPORT_TEXT } from '../messages/report';

const LEADING_MARK = /^[-–—•+*]\s*/;
const TRAILING_PUNCT = /[;,.]+$/;
const LABEL = /^nơi nhận\s*:?$/;

function entriesOf(text: string): string[] {
  let lines = text.split(/\r\n|\r|\n/).map(clean).filter((l) => l !== '');
  // One line holding several entries: "- BCĐ tỉnh (b/c); - UBND huyện (b/c); - Lưu: VT."
  if (lines.length === 1 && /;\s*\S/.test(lines[0])) lines = lines[0].split(';').map(clean);
  // Empty entries are dropped by normaliseRecipients once their marks are gone.
  return lines.filter((l) => !LABEL.test(normKey(l)));
}

function isArchive(entry: string): boolean {
  return normKey(entry).startsWith('lưu');
}

/** The entry without its dash and end punctuation. The ellipsis of "VT, …" is kept. */
function core(entry: string): string {
  return clean(entry.replace(LEADING_MARK, '').replace(TRAILING_PUNCT, ''));
}

/**
 * Settings text → "- …;" lines, the last one "- Lưu: …." (the archive entry is moved last,
 * or "- Lưu: VT." added when the user wrote none). An entry already written that way comes
 * out unchanged.
 */
export function normaliseRecipients(text: string): string[] {
  const entries = entriesOf(text).map(core).filter((e) => e !== '');
  const archive = entries.filter(isArchive);
  const others = entries.filter((e) => !isArchive(e));
  const last = archive.length > 0 ? archive.join(', ').replace(/,\s*lưu\s*:?\s*/gi, ', ') : core(REPORT_TEXT.archiveEntry);
  return [...others.map((e) => `- ${e};`), `- ${last}.`];
}
