// The supervisor's view, read only: the scheme's figures per certification body and per product category as the
// portal counts them (GET api/statistics) drawn as charts with the same figures in tables beside them, and every
// case with a link to it. Nothing here can change anything; the portal refuses a supervisor's changes anyway.
import { call } from './api.js';
import { t, number, date, percent } from './i18n.js';
import { bars } from './charts.js';
import { element, showProblem, start } from './shell.js';

const $ = (selector) => document.querySelector(selector);
/** Days, or hours under a day (a case decided the same day is not "0 days"). */
const days = (v) => (v === null ? '—' : v < 1 ? t('supervision.hours', { hours: number(v * 24, 2) })
  : t('queue.days', { days: number(v, 2) }));
const rate = (v) => (v === null ? '—' : percent(v));

const COLUMNS = [
  ['supervision.applications', (g) => String(g.applications)],
  ['supervision.open', (g) => String(g.open)],
  ['supervision.approved', (g) => String(g.approved)],
  ['supervision.rejected', (g) => String(g.rejected)],
  ['supervision.withdrawn', (g) => String(g.withdrawn)],
  ['supervision.rejectionRate', (g) => rate(g.rejectionRate)],
  ['supervision.meanDays', (g) => days(g.meanDaysToDecision)],
  ['supervision.medianDays', (g) => days(g.medianDaysToDecision)],
  ['supervision.valid', (g) => String(g.validCertificates)],
];

function table(id, groups, name, first) {
  $(id + ' thead').replaceChildren(element('tr', {}, element('th', { text: t(first) }),
    ...COLUMNS.map(([key]) => element('th', { class: 'number', text: t(key) }))));
  $(id + ' tbody').replaceChildren(...groups.map((g) => element('tr', { 'data-key': g.key },
    element('td', { 'data-label': t(first), text: name(g) }),
    ...COLUMNS.map(([key, value]) => element('td', { class: 'number', 'data-label': t(key), text: value(g) })))));
}

function outcomes(id, groups, name) {
  bars(id, groups.map(name), [
    { name: t('supervision.approved'), data: groups.map((g) => g.approved) },
    { name: t('supervision.rejected'), data: groups.map((g) => g.rejected) },
    { name: t('supervision.open'), data: groups.map((g) => g.open) },
    { name: t('supervision.withdrawn'), data: groups.map((g) => g.withdrawn) },
  ], { stack: true, axis: t('supervision.applications'), format: (v) => String(v) });
}

const categoryName = (g) => t('category.' + g.key);

async function cases(bodyName) {
  const { data } = await call('api/applications?size=100');
  const cell = (label, ...content) => element('td', { 'data-label': t(label) }, ...content);
  $('#cases tbody').replaceChildren(...data.items.map((a) => element('tr', { 'data-application': a.id },
    cell('queue.product', element('a', { href: 'case.html?id=' + a.id, text: a.productName + ' v' + a.versionNumber })),
    cell('queue.holder', a.applicantName),
    cell('supervision.body', bodyName(a.certificationBodyId)),
    cell('queue.state', element('span', { class: 'status', text: t('application.' + a.state) })),
    element('td', { class: 'number', 'data-label': t('queue.footprint'), text: number(a.totalKgCo2e) + ' kg CO2e' }),
    cell('supervision.opened', date(a.createdAt)))));
  $('#cases-shown').textContent = t('supervision.casesShown', { shown: data.items.length, total: data.total });
}

start(async () => {
  try {
    const { data } = await call('api/statistics');
    const o = data.overall;
    $('#overall').textContent = t('supervision.overall', { applications: o.applications, open: o.open,
      valid: o.validCertificates, rate: rate(o.rejectionRate), days: days(o.medianDaysToDecision) });
    const bodyName = (g) => g.name;
    table('#bodies', data.byBody, bodyName, 'supervision.body');
    outcomes('body-outcomes', data.byBody, bodyName);
    bars('body-days', data.byBody.map(bodyName), [
      { name: t('supervision.meanDays'), data: data.byBody.map((g) => g.meanDaysToDecision) },
      { name: t('supervision.medianDays'), data: data.byBody.map((g) => g.medianDaysToDecision) },
    ], { axis: t('supervision.daysAxis'), format: (v) => number(v, 2) });
    table('#categories', data.byCategory, categoryName, 'supervision.category');
    outcomes('category-outcomes', data.byCategory, categoryName);
    bars('category-rates', data.byCategory.map(categoryName), [
      { name: t('supervision.rejectionRate'), data: data.byCategory.map((g) => g.rejectionRate) },
    ], { axis: '%', format: (v) => percent(v) });
    $('#footprints tbody').replaceChildren(...data.byCategory.flatMap((g) => g.footprints.map((f) => element('tr', {},
      element('td', { 'data-label': t('supervision.category'), text: categoryName(g) }),
      element('td', { 'data-label': t('supervision.declaredUnit'), text: f.declaredUnit }),
      element('td', { class: 'number', 'data-label': t('supervision.certificates'), text: String(f.certificates) }),
      element('td', { class: 'number', 'data-label': t('supervision.mean'), text: number(f.meanKgCo2e) + ' kg CO2e' }),
      element('td', { class: 'number', 'data-label': t('supervision.range'),
        text: number(f.minKgCo2e) + ' – ' + number(f.maxKgCo2e) })))));
    $('#definitions').textContent = t('supervision.definitions');
    const names = Object.fromEntries(data.byBody.map((g) => [g.key, g.name]));
    await cases((id) => names[String(id)] || '#' + id);
  } catch (e) {
    showProblem($('#message'), e);
  }
});
