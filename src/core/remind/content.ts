/**
 * The e-mails' words: a plain-text body and the same in HTML, every user-supplied text
 * (unit and model names, messages quoting cell values, reasons, links) escaped.
 */
import { daysBetween, type IsoDate } from '../dates';
import type { UnitConfirmation } from '../confirm';
import { escapeHtml } from '../html';
import { CONFIRMATION_LABELS, MAIL_TEXT, MAX_LISTED_PROBLEMS } from '../messages';
import type { UnitFacts } from './facts';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** A paragraph, a list or a link: rendered once as text and once as HTML. */
type Part = { p: string } | { list: string[] } | { link: string; label: string };

function render(subject: string, parts: readonly Part[]): MailContent {
  const text = parts.map((part) => ('p' in part ? part.p : 'list' in part ? part.list.map((l) => `- ${l}`).join('\n') : `${part.label} ${part.link}`)).join('\n\n');
  const html = parts.map((part) => {
    if ('p' in part) return `<p>${escapeHtml(part.p)}</p>`;
    if ('list' in part) return `<ul>${part.list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
    return `<p>${escapeHtml(part.label)} <a href="${escapeHtml(part.link)}">${escapeHtml(part.link)}</a></p>`;
  }).join('\n');
  return { subject, text: `${text}\n`, html: `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n${html}\n</body></html>` };
}

/** The first 20 problems, then "và N vấn đề khác". */
function problemParts(problems: readonly string[]): Part[] {
  if (problems.length === 0) return [{ p: MAIL_TEXT.noProblems }];
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [
    { p: MAIL_TEXT.problemsTitle(problems.length) },
    { list: problems.slice(0, MAX_LISTED_PROBLEMS) },
    ...(more > 0 ? [{ p: MAIL_TEXT.more(more) }] : []),
  ];
}

function deadlinePart(period: string, deadline: IsoDate, today: IsoDate): Part {
  return today <= deadline
    ? { p: MAIL_TEXT.deadlineAhead(period, deadline, daysBetween(today, deadline)) }
    : { p: MAIL_TEXT.deadlinePassed(period, deadline, daysBetween(deadline, today)) };
}

function statusParts(c: UnitConfirmation): Part[] {
  return [
    { p: MAIL_TEXT.state(CONFIRMATION_LABELS[c.state]) },
    ...(c.returned ? [{ p: MAIL_TEXT.returned(c.returned.day, c.returned.reason) }] : []),
  ];
}

export interface UnitMailInput {
  unit: UnitFacts;
  confirmation: UnitConfirmation;
  period: string;
  deadline: IsoDate;
  today: IsoDate;
  overdue: boolean;
  link: string;
}

/** Where the unit stands: the deadline, its confirmation, its problems and the link to its tab. */
function situationParts(m: UnitMailInput): Part[] {
  return [deadlinePart(m.period, m.deadline, m.today), ...statusParts(m.confirmation), ...problemParts(m.unit.problems), { link: m.link, label: MAIL_TEXT.link }];
}

/** The reminder to a unit's focal addresses. */
export function unitMail(m: UnitMailInput): MailContent {
  const subject = m.overdue ? MAIL_TEXT.subjectOverdue(m.unit.name, m.period) : MAIL_TEXT.subjectBefore(m.unit.name, m.period, m.deadline);
  return render(subject, [
    { p: MAIL_TEXT.greetingUnit(m.unit.name) },
    ...situationParts(m),
    { p: MAIL_TEXT.todo(m.unit.tabName) },
    { p: MAIL_TEXT.footer },
  ]);
}

/** Why the unit needed a reminder, for the admins when it has no address. */
function reasons(u: UnitFacts, c: UnitConfirmation): string[] {
  return [
    ...(u.errors > 0 ? [MAIL_TEXT.reasonErrors(u.errors)] : []),
    ...(u.overdueMeetings > 0 ? [MAIL_TEXT.reasonMeetings(u.overdueMeetings)] : []),
    ...(u.reviewsDue > 0 ? [MAIL_TEXT.reasonReviews(u.reviewsDue)] : []),
    ...(c.state === 'missing' ? [MAIL_TEXT.reasonUnconfirmed] : []),
  ];
}

/** To the admins, on the day the unit's own reminder would have gone. */
export function noAddressMail(m: UnitMailInput): MailContent {
  return render(MAIL_TEXT.subjectNoAddress(m.unit.name, m.period), [
    { p: MAIL_TEXT.greetingAdmins },
    { p: MAIL_TEXT.noAddress(m.unit.name, m.unit.badEmails) },
    { p: MAIL_TEXT.reasonsTitle },
    { list: reasons(m.unit, m.confirmation) },
    ...situationParts(m),
    { p: MAIL_TEXT.todoNoAddress(m.unit.name) },
    { p: MAIL_TEXT.footer },
  ]);
}

export interface SummaryRow {
  unit: UnitFacts;
  confirmation: UnitConfirmation;
}

/** After the deadline, once: every unit's confirmation, errors left and overdue meetings. */
export function summaryMail(period: string, deadline: IsoDate, rows: readonly SummaryRow[], link: string): MailContent {
  const count = (s: string) => rows.filter((r) => r.confirmation.state === s).length;
  return render(MAIL_TEXT.subjectSummary(period), [
    { p: MAIL_TEXT.greetingAdmins },
    { p: MAIL_TEXT.summaryIntro(period, deadline) },
    { p: MAIL_TEXT.summaryCounts(count('on-time'), count('late'), count('missing')) },
    { list: rows.map((r) => MAIL_TEXT.summaryLine(r.unit.name, CONFIRMATION_LABELS[r.confirmation.state], r.unit.errors, r.unit.overdueMeetings)) },
    { link, label: MAIL_TEXT.workbookLink },
    { p: MAIL_TEXT.summaryTodo },
    { p: MAIL_TEXT.footer },
  ]);
}
