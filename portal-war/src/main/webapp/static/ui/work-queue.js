// A certifier's work queue: every case whose next step is the user's (GET api/work-queue), with its holder, how
// long it has waited and the due date the scheme's service levels give; filtered and sorted in the page, since a
// body's queue is dozens of cases, not thousands.
import { call } from './api.js';
import { t, number, date } from './i18n.js';
import { element, showProblem, start } from './shell.js';

const $ = (selector) => document.querySelector(selector);
const DAY = 24 * 3600 * 1000;
let queue = { items: [], serviceLevelHours: {}, now: new Date().toISOString() };

const ORDER = {
  due: (a, b) => (a.due || '9999').localeCompare(b.due || '9999'),
  age: (a, b) => a.since.localeCompare(b.since),
  product: (a, b) => a.productName.localeCompare(b.productName, undefined, { sensitivity: 'base' }),
  footprint: (a, b) => b.totalKgCo2e - a.totalKgCo2e,
};

function waited(entry) {
  return Math.floor((Date.parse(queue.now) - Date.parse(entry.since)) / DAY);
}

function row(entry) {
  const cell = (label, ...content) => element('td', { 'data-label': t(label) }, ...content);
  const due = entry.due
    ? [element('span', { text: date(entry.due) }),
      entry.overdue ? element('span', { class: 'status not_certified', text: t('queue.overdue') }) : null]
    : ['—'];
  return element('tr', { class: entry.overdue ? 'overdue' : null, 'data-application': entry.id },
    cell('queue.product', element('a', { href: 'case.html?id=' + entry.id,
      text: entry.productName + ' v' + entry.versionNumber })),
    cell('queue.holder', entry.holder),
    cell('queue.state', element('span', { class: 'status', text: t('application.' + entry.state) })),
    element('td', { class: 'number', 'data-label': t('queue.footprint'), text: number(entry.totalKgCo2e) + ' kg CO2e' }),
    element('td', { class: 'number', 'data-label': t('queue.waiting'), text: t('queue.days', { days: waited(entry) }) }),
    cell('queue.due', ...due.flatMap((d) => [d, ' '])),
    cell('queue.steps', entry.yourSteps.filter((s) => s !== 'WITHDRAW').map((s) => t('action.' + s)).join(' · ')));
}

function show() {
  const form = $('#filters').elements;
  const words = form.q.value.trim().toLowerCase();
  const items = queue.items
    .filter((e) => !form.state.value || e.state === form.state.value)
    .filter((e) => !words || (e.productName + ' ' + e.holder).toLowerCase().includes(words))
    .sort(ORDER[form.sort.value]);
  $('#queue tbody').replaceChildren(...(items.length ? items.map(row)
    : [element('tr', {}, element('td', { colspan: 7, text: t('queue.empty') }))]));
  $('#shown').textContent = t('queue.shown', { shown: items.length, total: queue.items.length });
}

function levels() {
  const parts = Object.entries(queue.serviceLevelHours)
    .map(([state, hours]) => t('queue.level', { state: t('application.' + state), days: number(hours / 24, 3) }));
  $('#levels').textContent = t('queue.levels') + ' ' + parts.join('; ');
}

start(async () => {
  try {
    queue = (await call('api/work-queue')).data;
    const states = [...new Set(queue.items.map((e) => e.state))];
    $('#filters').elements.state.replaceChildren(element('option', { value: '', text: t('queue.allStates') }),
      ...states.map((s) => element('option', { value: s, text: t('application.' + s) })));
    for (const name of ['q', 'state', 'sort']) $('#filters').elements[name].addEventListener('input', show);
    $('#filters').addEventListener('submit', (event) => event.preventDefault());
    show();
    levels();
  } catch (e) {
    showProblem($('#message'), e);
  }
});
