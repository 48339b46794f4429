/**
 * The sidebar page's script: tabs for the parts, each built on first view. The server's
 * template puts today and the default period start on <body> (data-today, data-from).
 */
import { SIDEBAR } from '../../core/messages/sidebar';
import { checkPanel, type Panel } from './check-panel';
import { el } from './dom';
import { remindPanel } from './remind-panel';
import { reportPanel } from './report-panel';

interface Part {
  key: string;
  label: string;
  panel: Panel;
  started: boolean;
}

function start(): void {
  const app = document.getElementById('app');
  if (!app) return;
  const { today = '', from = '' } = document.body.dataset;
  const parts: Part[] = [
    {
      key: 'check',
      label: SIDEBAR.tabs.check,
      // The moment the first list is on screen, for the measurements in the README.
      panel: checkPanel(() => (document.body.dataset.firstListMs = String(Math.round(performance.now())))),
      started: false,
    },
    { key: 'report', label: SIDEBAR.tabs.report, panel: reportPanel(today, from), started: false },
    { key: 'remind', label: SIDEBAR.tabs.remind, panel: remindPanel(), started: false },
  ];
  const tablist = el('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': SIDEBAR.tabsLabel } });
  const tabs = parts.map((p) =>
    el('button', { text: p.label, attrs: { type: 'button', role: 'tab', id: `tab-${p.key}`, 'aria-controls': `panel-${p.key}` } }),
  );
  const panels = parts.map((p) =>
    el('section', { attrs: { role: 'tabpanel', id: `panel-${p.key}`, 'aria-labelledby': `tab-${p.key}` } }, [p.panel.root]),
  );
  const show = (i: number, focus = false): void => {
    tabs.forEach((t, j) => t.setAttribute('aria-selected', String(i === j)));
    panels.forEach((p, j) => (p.hidden = i !== j));
    if (focus) tabs[i].focus();
    if (!parts[i].started) {
      parts[i].started = true;
      parts[i].panel.start();
    }
  };
  tabs.forEach((t, i) => {
    t.addEventListener('click', () => show(i));
    t.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        show((i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length, true);
      }
    });
  });
  tablist.append(...tabs);
  app.append(el('h1', { text: SIDEBAR.title }), tablist, ...panels);
  show(0);
}

start();
