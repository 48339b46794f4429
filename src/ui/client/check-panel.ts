/**
 * "Kiểm tra": the workbook's problems grouped by unit. Each problem is a button (click or
 * Enter selects its cell in the sheet); a group shows 200 problems at a time so 5,000 stay fast.
 */
import { SIDEBAR_CHECK } from '../../core/messages/sidebar';
import type { ProblemGroup, ProblemView, ProblemsView } from '../../core/problems';
import { clear, el, say, statusLine } from './dom';
import { failureText, refusalOf } from './failure';
import { server } from './server';

export const PAGE_SIZE = 200;

export interface Panel {
  root: HTMLElement;
  /** Called the first time the panel is shown. */
  start(): void;
}

export function checkPanel(onFirstList: () => void): Panel {
  const status = statusLine();
  const summary = el('p', { class: 'summary' });
  const recheck = el('button', { text: SIDEBAR_CHECK.recheck, attrs: { type: 'button' } });
  const filter = el('select', { attrs: { id: 'unit-filter' } });
  const list = el('div', { class: 'groups' });
  let view: ProblemsView | null = null;
  let first = true;

  const root = el('div', {}, [
    el('h2', { text: SIDEBAR_CHECK.heading }),
    el('div', { class: 'row' }, [recheck]),
    el('div', { class: 'field' }, [el('label', { text: SIDEBAR_CHECK.filterLabel, attrs: { for: 'unit-filter' } }), filter]),
    summary,
    status,
    el('p', { class: 'hint', text: SIDEBAR_CHECK.selectHint }),
    list,
  ]);

  const select = (sheet: string, cell: string): void => {
    server.selectCell(sheet, cell).then(
      (r) => {
        const refusal = refusalOf(r);
        say(status, refusal ?? SIDEBAR_CHECK.selected(sheet, cell), refusal ? 'error' : 'ok');
      },
      (e) => say(status, failureText(e), 'error'),
    );
  };

  const problemItem = (p: ProblemView): HTMLLIElement =>
    el('li', {}, [
      el('button', { class: `problem ${p.severity}`, attrs: { type: 'button', 'data-sheet': p.sheet, 'data-cell': p.cell } }, [
        el('span', { class: 'sev', text: p.severity === 'error' ? SIDEBAR_CHECK.error : SIDEBAR_CHECK.warning }),
        ' ',
        el('span', { class: 'where', text: `${SIDEBAR_CHECK.where(p.sheet, p.row, p.column)} (${p.cell})` }),
        el('span', { class: 'value', text: p.value === '' ? SIDEBAR_CHECK.emptyValue : SIDEBAR_CHECK.value(p.value) }),
        el('span', { class: 'message', text: p.message }),
      ]),
    ]);

  const groupSection = (g: ProblemGroup, index: number): HTMLElement => {
    const items = el('ul', { class: 'problems' });
    const more = el('button', { class: 'more', attrs: { type: 'button' } });
    let shown = 0;
    const showMore = (): void => {
      const next = g.problems.slice(shown, shown + PAGE_SIZE);
      for (const p of next) items.appendChild(problemItem(p));
      shown += next.length;
      const left = g.problems.length - shown;
      more.hidden = left === 0;
      more.textContent = SIDEBAR_CHECK.more(Math.min(PAGE_SIZE, left), left);
    };
    more.addEventListener('click', () => {
      const focusAt = shown;
      showMore();
      // Keep the keyboard where the reader was: on the first newly shown problem.
      items.children[focusAt]?.querySelector('button')?.focus();
    });
    showMore();
    const id = `group-${index}`;
    return el('section', { class: 'group', attrs: { 'aria-labelledby': id } }, [
      el('h3', { attrs: { id } }, [g.unit, ' ', el('span', { class: 'counts', text: SIDEBAR_CHECK.groupCounts(g.errors, g.warnings) })]),
      items,
      more,
    ]);
  };

  const render = (): void => {
    clear(list);
    if (!view) return;
    summary.textContent = view.groups.length === 0 ? SIDEBAR_CHECK.none : SIDEBAR_CHECK.summary(view.errors, view.warnings);
    const wanted = filter.value;
    view.groups.forEach((g, i) => {
      if (wanted === '' || wanted === g.unit) list.appendChild(groupSection(g, i));
    });
  };

  const fillFilter = (): void => {
    const keep = filter.value;
    clear(filter);
    filter.appendChild(el('option', { text: SIDEBAR_CHECK.allUnits, attrs: { value: '' } }));
    for (const g of view?.groups ?? []) filter.appendChild(el('option', { text: `${g.unit} (${g.errors + g.warnings})`, attrs: { value: g.unit } }));
    filter.value = view?.groups.some((g) => g.unit === keep) ? keep : '';
  };

  const load = (rerun: boolean): void => {
    recheck.disabled = true;
    say(status, SIDEBAR_CHECK.checking);
    (rerun ? server.checkAgain() : server.getProblems()).then(
      (result) => {
        recheck.disabled = false;
        const refusal = refusalOf(result);
        if (refusal !== null || result === null) {
          say(status, refusal ?? failureText(''), 'error');
          return;
        }
        view = result as ProblemsView;
        fillFilter();
        render();
        say(status, '');
        if (first) onFirstList();
        first = false;
      },
      (e) => {
        recheck.disabled = false;
        say(status, failureText(e), 'error');
      },
    );
  };

  recheck.addEventListener('click', () => load(true));
  filter.addEventListener('change', render);
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button.problem') as HTMLButtonElement | null;
    if (button) select(button.dataset.sheet ?? '', button.dataset.cell ?? '');
  });
  return { root, start: () => load(false) };
}
