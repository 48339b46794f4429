import { CLI_TEXT } from '../../../src/core/messages/cli';
import type { JobResult } from '../../../src/gas/remind/job';
import { callBundle, emulatorFor, readWorkbook } from '../bundle';
import { CliError } from '../errors';
import { flag, text, type CommandSpec, COMMON_OPTIONS } from '../spec';
import { loadState, restoreState, saveState, snapshotState } from '../remind-state';
import { writeOutbox } from '../outbox';

const DEFAULT_QUOTA = 100;

/**
 * `antt remind`: the daily reminder job as of --today (sendRemindersNow), sent mail written
 * as .eml into --outbox. --state carries the send log (the `Nhắc việc` lines of `Nhật ký`)
 * and the properties from run to run, as the real workbook would keep them; never the
 * confirmations, which are read from FILE.
 */
export const remindCommand: CommandSpec = {
  name: 'remind',
  summary: 'the daily reminder job as of --today; sent mail as .eml in --outbox',
  file: { name: 'FILE.xlsx' },
  options: {
    today: { ...COMMON_OPTIONS.today, required: true },
    outbox: { kind: 'output-dir', value: 'DIR', required: true, help: 'folder for the .eml files of the mail sent' },
    state: { kind: 'text', value: 'S.json', help: 'send log and properties between runs (created when missing)' },
    quota: { kind: 'text', value: 'N', help: `recipients MailApp still allows today (default ${DEFAULT_QUOTA})` },
    json: { kind: 'flag', help: 'print {"sends":[{unit,stage,to,cc,subject,status,file}]} for this run' },
  },
  async run(inv) {
    const quotaText = text(inv, 'quota');
    const quota = quotaText === undefined ? DEFAULT_QUOTA : Number(quotaText);
    if (!Number.isInteger(quota) || quota < 0) throw new CliError(CLI_TEXT.badQuota(String(quotaText)));
    const statePath = text(inv, 'state');
    const state = statePath === undefined ? null : loadState(statePath);
    const emu = emulatorFor(await readWorkbook(inv.file as string), inv.today);
    if (state) restoreState(emu, state);
    emu.mail.setRemainingToday(quota);
    const result = callBundle<Exclude<JobResult, { busy: string }>>(emu, 'sendRemindersNow');
    const files = await writeOutbox(emu, text(inv, 'outbox') as string, inv.today as string, result.sends);
    if (statePath !== undefined) saveState(statePath, snapshotState(emu));
    // Messages not tried (the run stopped for time) are not part of this run's sends.
    const tried = result.sends.flatMap((s, i) => (s.status === null ? [] : [{ ...s, status: s.status, file: files[i] }]));
    const stopped = result.sends.length - tried.length;
    if (stopped > 0) console.error(CLI_TEXT.remindStopped(stopped));
    const sends = tried.map((s) => ({ unit: s.unit, stage: s.stage, to: s.to, cc: s.cc, subject: s.subject, status: s.status, ...(s.file ? { file: s.file } : {}) }));
    if (flag(inv, 'json')) console.log(JSON.stringify({ sends }, null, 2));
    else {
      for (const s of sends) console.log(`${s.status}\t${s.unit ?? '-'}\t${s.stage}\t${s.to.length + s.cc.length}\t${s.subject}`);
      console.log(CLI_TEXT.remindSummary(sends.filter((s) => s.file).length, sends.length));
    }
    return 0;
  },
};
