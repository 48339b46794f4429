/**
 * "Báo cáo": the period, the PDF option and "Tạo báo cáo" with its progress and links; the
 * district figures of the period with a bar chart of sites per unit (CSS bars, no library).
 */
import { SIDEBAR_REPORT } from '../../core/messages/sidebar';
import { formatDayVi } from '../../core/dates';
import type { Totals } from '../../core/totals/model';
import type { Panel } from './check-panel';
import { clear, el, say, statusLine } from './dom';
import { failureText, refusalOf } from './failure';
import { server } from './server';

function dateField(id: string, label: string, value: string): { field: HTMLElement; input: HTMLInputElement } {
  const input = el('input', { attrs: { id, type: 'date', value, required: '' } });
  return { field: el('div', { class: 'field' }, [el('label', { text: label, attrs: { for: id } }), input]), input };
}

function figureList(t: Totals): HTMLElement {
  const d = t.district;
  const rows: [string, string][] = [
    [SIDEBAR_REPORT.sites, String(d.sites)],
    [SIDEBAR_REPORT.types, String(d.types)],
    [SIDEBAR_REPORT.unitsWithSites, `${d.unitsWithSites}/${d.unitsTotal}`],
    [SIDEBAR_REPORT.newSites, String(d.newSites)],
    [SIDEBAR_REPORT.replicated, String(d.replicatedSites)],
    [SIDEBAR_REPORT.invalidRows, String(d.invalidRows)],
  ];
  return el('dl', { class: 'figures' }, rows.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]));
}

function barChart(t: Totals): HTMLElement {
  const max = Math.max(1, ...t.units.map((u) => u.sites));
  return el('figure', { class: 'chart' }, [
    el('figcaption', { text: SIDEBAR_REPORT.chart }),
    el(
      'ul',
      { class: 'bars' },
      t.units.map((u) => {
        const fill = el('span', { class: 'bar-fill', attrs: { 'aria-hidden': 'true' } });
        fill.style.width = `${(100 * u.sites) / max}%`;
        return el('li', { attrs: { 'aria-label': SIDEBAR_REPORT.chartRow(u.name, u.sites) } }, [
          el('span', { class: 'bar-label', text: u.name, attrs: { 'aria-hidden': 'true' } }),
          el('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, [fill]),
          el('span', { class: 'bar-value', text: String(u.sites), attrs: { 'aria-hidden': 'true' } }),
        ]);
      }),
    ),
  ]);
}

export function reportPanel(today: string, from: string): Panel {
  const asOf = dateField('report-as-of', SIDEBAR_REPORT.asOf, today);
  const start = dateField('report-from', SIDEBAR_REPORT.from, from);
  const pdf = el('input', { attrs: { id: 'report-pdf', type: 'checkbox' } });
  const make = el('button', { text: SIDEBAR_REPORT.make, attrs: { type: 'button' } });
  const progress = el('progress', { attrs: { 'aria-label': SIDEBAR_REPORT.making } });
  progress.hidden = true;
  const status = statusLine();
  const links = el('div', { class: 'links' });
  const figuresStatus = statusLine();
  const figures = el('div', { class: 'figures-box' });

  const root = el('div', {}, [
    el('h2', { text: SIDEBAR_REPORT.heading }),
    asOf.field,
    start.field,
    el('div', { class: 'field check' }, [pdf, el('label', { text: SIDEBAR_REPORT.pdf, attrs: { for: 'report-pdf' } })]),
    el('div', { class: 'row' }, [make]),
    progress,
    status,
    links,
    el('h2', { text: SIDEBAR_REPORT.figures }),
    figuresStatus,
    figures,
  ]);

  const loadFigures = (): void => {
    say(figuresStatus, SIDEBAR_REPORT.figuresLoading);
    const wanted = `${asOf.input.value}|${start.input.value}`;
    server.getTotals(asOf.input.value, start.input.value).then(
      (result) => {
        if (wanted !== `${asOf.input.value}|${start.input.value}`) return; // a newer request is on its way (AS34)
        clear(figures);
        const refusal = refusalOf(result);
        if (refusal !== null || result === null || !('totals' in result)) {
          say(figuresStatus, refusal ?? failureText(''), 'error');
          return;
        }
        const t = result.totals;
        say(figuresStatus, SIDEBAR_REPORT.period(formatDayVi(t.from), formatDayVi(t.asOf)));
        figures.append(el('p', { class: 'line', text: result.line }), figureList(t), barChart(t));
      },
      (e) => say(figuresStatus, failureText(e), 'error'),
    );
  };

  const link = (href: string, text: string): HTMLElement =>
    el('p', {}, [el('a', { text, attrs: { href, target: '_blank', rel: 'noopener' } })]);

  make.addEventListener('click', () => {
    make.disabled = true;
    progress.hidden = false;
    clear(links);
    say(status, SIDEBAR_REPORT.making);
    const done = (): void => {
      make.disabled = false;
      progress.hidden = true;
    };
    server.makeReport(asOf.input.value, start.input.value, pdf.checked).then(
      (result) => {
        done();
        const refusal = refusalOf(result);
        if (refusal !== null || result === null || !('url' in result)) {
          say(status, refusal ?? failureText(''), 'error');
          return;
        }
        say(status, SIDEBAR_REPORT.done(result.name), 'ok');
        links.append(link(result.url, SIDEBAR_REPORT.open));
        if (result.pdfUrl) links.append(link(result.pdfUrl, SIDEBAR_REPORT.openPdf));
        for (const w of result.warnings) links.append(el('p', { class: 'warning', text: w }));
      },
      (e) => {
        done();
        say(status, failureText(e), 'error');
      },
    );
  });
  asOf.input.addEventListener('change', loadFigures);
  start.input.addEventListener('change', loadFigures);
  return { root, start: loadFigures };
}
