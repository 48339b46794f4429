/**
 * "Nhắc việc": the daily schedule (a checkbox turns it on or off), each unit's confirmation
 * this period, today's reminders (stage, recipients, subject), "Gửi ngay" behind an inline
 * confirmation that names the messages and recipients, each send's status, and the last
 * sends from `Nhật ký`.
 */
import { formatPeriodVi } from '../../core/confirm/period';
import { SIDEBAR_REMIND } from '../../core/messages/sidebar';
import { REMIND_UI, SEND_STATUS, STAGE_LABELS } from '../../core/messages/remind';
import { CONFIRMATION_LABELS } from '../../core/messages/totals';
import type { ReminderStatus } from '../../gas/actions/remind-action';
import type { Panel } from './check-panel';
import { clear, el, say, statusLine } from './dom';
import { failureText, refusalOf } from './failure';
import { server } from './server';

const stageLabel = (stage: string): string => STAGE_LABELS[stage as keyof typeof STAGE_LABELS] ?? stage;

/** "24/04/2019 08:00" in Vietnam (UTC+7, no daylight saving) from an ISO instant. */
function timeVi(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return '';
  const v = new Date(t.getTime() + 7 * 3600 * 1000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(v.getUTCDate())}/${two(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${two(v.getUTCHours())}:${two(v.getUTCMinutes())}`;
}

function addresses(className: string, label: string, list: readonly string[]): HTMLElement | null {
  if (list.length === 0) return null;
  return el('p', { class: className }, [el('span', { class: 'label', text: label }), ' ', el('span', { class: 'addrs', text: list.join(', ') })]);
}

export function remindPanel(): Panel {
  const status = statusLine();
  const toggle = el('input', { attrs: { id: 'remind-schedule', type: 'checkbox' } });
  const scheduleState = el('p', { class: 'hint' });
  const scheduleStatus = statusLine();
  const unitsHeading = el('h3', { text: SIDEBAR_REMIND.units('') });
  const units = el('dl', { class: 'confirmations' });
  const previewHeading = el('h3', { text: SIDEBAR_REMIND.preview(0) });
  const preview = el('ul', { class: 'mails' });
  const send = el('button', { text: SIDEBAR_REMIND.send, attrs: { type: 'button', id: 'remind-send' } });
  const question = el('p', { class: 'question', attrs: { id: 'remind-question' } });
  const yes = el('button', { attrs: { type: 'button', id: 'remind-yes', 'aria-describedby': 'remind-question' } });
  const no = el('button', { text: SIDEBAR_REMIND.cancel, attrs: { type: 'button', id: 'remind-no' } });
  const confirmBox = el('div', { class: 'confirm', attrs: { role: 'group', 'aria-labelledby': 'remind-question' } }, [question, el('div', { class: 'row' }, [yes, ' ', no])]);
  confirmBox.hidden = true;
  // Nothing to act on until the server has said what the state is.
  toggle.disabled = true;
  send.disabled = true;
  const sendStatus = statusLine();
  sendStatus.tabIndex = -1;
  const sendsHeading = el('h3', { text: SIDEBAR_REMIND.sends });
  const sends = el('ul', { class: 'sends' });
  sendsHeading.hidden = true;
  const last = el('ul', { class: 'last-sends' });

  const root = el('div', {}, [
    el('h2', { text: SIDEBAR_REMIND.heading }),
    status,
    el('h3', { text: SIDEBAR_REMIND.schedule }),
    el('div', { class: 'field check' }, [toggle, el('label', { text: SIDEBAR_REMIND.scheduleToggle, attrs: { for: 'remind-schedule' } })]),
    scheduleState,
    scheduleStatus,
    unitsHeading,
    units,
    previewHeading,
    preview,
    el('div', { class: 'row' }, [send]),
    confirmBox,
    sendStatus,
    sendsHeading,
    sends,
    el('h3', { text: SIDEBAR_REMIND.lastSends }),
    last,
  ]);

  let view: ReminderStatus | null = null;
  let asked = 0; // AS34: answers come in any order; only the latest request is drawn
  const unitName = (code: string | null): string =>
    code === null ? SIDEBAR_REMIND.district : (view?.units.find((u) => u.code === code)?.name ?? code);
  const recipients = (): number => (view?.preview ?? []).reduce((n, p) => n + p.to.length + p.cc.length, 0);

  const render = (s: ReminderStatus): void => {
    view = s;
    toggle.checked = s.scheduled;
    toggle.disabled = false;
    scheduleState.textContent = s.scheduled && s.hour !== null ? SIDEBAR_REMIND.scheduleOn(s.hour) : SIDEBAR_REMIND.scheduleOff;
    unitsHeading.textContent = SIDEBAR_REMIND.units(formatPeriodVi(s.period));
    clear(units);
    if (s.units.length === 0) units.append(el('dt', { text: SIDEBAR_REMIND.noUnits }));
    for (const u of s.units) {
      units.append(el('dt', { text: u.name }), el('dd', { class: u.confirmed, attrs: { 'data-unit': u.code }, text: CONFIRMATION_LABELS[u.confirmed] }));
    }
    previewHeading.textContent = SIDEBAR_REMIND.preview(s.preview.length);
    clear(preview);
    for (const p of s.preview) {
      preview.append(
        el('li', { class: 'mail', attrs: { 'data-unit': p.unit ?? '', 'data-stage': p.stage } }, [
          el('p', { class: 'mail-head' }, [el('strong', { text: stageLabel(p.stage) }), ` – ${unitName(p.unit)}`]),
          el('p', { class: 'subject', text: p.subject }),
          addresses('to', SIDEBAR_REMIND.to, p.to),
          addresses('cc', SIDEBAR_REMIND.cc, p.cc),
        ]),
      );
    }
    if (s.preview.length === 0) preview.append(el('li', { class: 'hint', text: REMIND_UI.previewEmpty }));
    send.disabled = s.preview.length === 0;
    clear(last);
    if (s.lastSends.length === 0) last.append(el('li', { class: 'hint', text: SIDEBAR_REMIND.noSends }));
    for (const r of s.lastSends) {
      last.append(
        el('li', { attrs: { 'data-unit': r.unit ?? '', 'data-stage': r.stage } }, [
          el('span', { class: 'time', text: timeVi(r.time) }),
          ' ',
          SIDEBAR_REMIND.sendLine(unitName(r.unit), stageLabel(r.stage)),
          ': ',
          el('span', { class: 'send-status', text: r.status }),
        ]),
      );
    }
  };

  const load = (): void => {
    const mine = ++asked;
    say(status, SIDEBAR_REMIND.loading);
    server.getReminderStatus().then(
      (result) => {
        if (mine !== asked) return;
        const refusal = refusalOf(result);
        if (refusal !== null || result === null || !('preview' in result)) {
          say(status, refusal ?? failureText(''), 'error');
          return;
        }
        say(status, '');
        render(result);
      },
      (e) => {
        if (mine === asked) say(status, failureText(e), 'error');
      },
    );
  };

  toggle.addEventListener('change', () => {
    // Not disabled while saving: a disabled checkbox would drop the keyboard focus. Two quick
    // changes are two calls; the status drawn is the one asked last, after both.
    const on = toggle.checked;
    say(scheduleStatus, SIDEBAR_REMIND.scheduleSaving);
    server.setReminderSchedule(on).then(
      (r) => {
        say(scheduleStatus, r?.message ?? failureText(''), r?.ok ? 'ok' : 'error');
        load(); // draws the schedule as the server now has it
      },
      (e) => {
        say(scheduleStatus, failureText(e), 'error');
        load();
      },
    );
  });

  const closeConfirm = (): void => {
    confirmBox.hidden = true;
    send.hidden = false;
  };

  send.addEventListener('click', () => {
    const n = view?.preview.length ?? 0;
    question.textContent = SIDEBAR_REMIND.confirmSend(n, recipients());
    yes.textContent = SIDEBAR_REMIND.confirmYes(n);
    send.hidden = true;
    confirmBox.hidden = false;
    say(sendStatus, '');
    yes.focus();
  });

  no.addEventListener('click', () => {
    closeConfirm();
    say(sendStatus, SIDEBAR_REMIND.cancelled);
    send.focus();
  });

  yes.addEventListener('click', () => {
    closeConfirm();
    send.disabled = true;
    say(sendStatus, SIDEBAR_REMIND.sending);
    sendStatus.focus(); // the focused button is gone: keep the keyboard in the part
    clear(sends);
    sendsHeading.hidden = true;
    server.sendRemindersNow().then(
      (result) => {
        const refusal = refusalOf(result);
        if (refusal !== null || result === null || !('sends' in result)) {
          say(sendStatus, refusal ?? failureText(''), 'error');
          load();
          return;
        }
        const count = (s: string | null): number => result.sends.filter((x) => x.status === s).length;
        const failed = count(SEND_STATUS.failed);
        say(sendStatus, REMIND_UI.sent(count(SEND_STATUS.sent), count(SEND_STATUS.waiting), failed, count(null)), failed > 0 ? 'error' : 'ok');
        sendsHeading.hidden = result.sends.length === 0;
        for (const s of result.sends) {
          sends.append(
            el('li', { attrs: { 'data-unit': s.unit ?? '', 'data-stage': s.stage } }, [
              SIDEBAR_REMIND.sendLine(unitName(s.unit), stageLabel(s.stage)),
              ': ',
              el('span', { class: 'send-status', text: s.status ?? SIDEBAR_REMIND.notTried }),
            ]),
          );
        }
        load();
      },
      (e) => {
        say(sendStatus, failureText(e), 'error');
        load();
      },
    );
  });

  return { root, start: load };
}
