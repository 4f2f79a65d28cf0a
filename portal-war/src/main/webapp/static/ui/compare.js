// Two versions of a product side by side: the totals, what changed in the model (field by field) and in the result
// (line by line, with each line's emissions before and after), as GET api/products/{id}/versions/compare answers.
import { call } from './api.js';
import { t, number } from './i18n.js';
import { element, showProblem } from './shell.js';

const $ = (selector) => document.querySelector(selector);
const kg = (v) => (v === null || v === undefined ? '—' : number(v));
const shown = (json) => (json === null || json === undefined ? '—' : typeof json === 'object' ? JSON.stringify(json) : String(json));

function table(headers, rows) {
  return element('table', { class: 'cards' },
    element('thead', {}, element('tr', {}, ...headers.map((h) => element('th', { text: t(h) })))),
    element('tbody', {}, ...rows.map((cells) => element('tr', {},
      ...cells.map((c, i) => element('td', { 'data-label': t(headers[i]), text: c }))))));
}

/** Shows a comparison (of two versions, or of two submissions of a case) in {@code target}, #comparison by default. */
export function show(c, target = $('#comparison')) {
  const difference = c.totalAfter - c.totalBefore;
  target.replaceChildren(
    element('p', { class: 'figure', text: t('compare.totals', { before: number(c.totalBefore),
      after: number(c.totalAfter), difference: (difference >= 0 ? '+' : '') + number(difference) }) }),
    element('h4', { text: t('compare.model') }),
    c.model.length ? table(['compare.field', 'compare.before', 'compare.after'],
      c.model.map((m) => [m.path, shown(m.before), shown(m.after)])) : element('p', { text: t('compare.same') }),
    element('h4', { text: t('compare.lines') }),
    c.lines.length ? table(['result.line', 'compare.change', 'compare.before', 'compare.after'],
      c.lines.map((l) => [l.line, t('compare.' + l.change), kg(l.kgCo2eBefore), kg(l.kgCo2eAfter)]))
      : element('p', { text: t('compare.same') }));
}

/** Offers the comparison once there are two versions: the newest against the one before it by default. */
export function setup(productId, versions) {
  const form = $('#compare');
  form.hidden = versions.length < 2;
  if (form.hidden) return;
  const numbers = versions.map((v) => v.number).sort((a, b) => a - b);
  const fill = (select, chosen) => select.replaceChildren(...numbers.map((n) =>
    element('option', { value: n, text: 'v' + n, selected: n === chosen })));
  fill(form.elements.from, numbers[numbers.length - 2]);
  fill(form.elements.to, numbers[numbers.length - 1]);
  form.onsubmit = async (event) => {
    event.preventDefault();
    try {
      const params = new URLSearchParams({ from: form.elements.from.value, to: form.elements.to.value });
      show((await call('api/products/' + productId + '/versions/compare?' + params)).data);
    } catch (e) {
      showProblem($('#comparison'), e);
    }
  };
}
