// The exporter's dashboard: the organisation's products with status, last footprint, certificate and next step
// (GET api/products/overview), the steps that wait for the user on top, and a form to start a new product.
import { call } from './api.js';
import { t, number, date } from './i18n.js';
import { element, showProblem, start } from './shell.js';

const SIZE = 20;
let page = 0;
let query = '';

function productLink(item, text = item.product.name) {
  return element('a', { href: 'product.html?id=' + item.product.id, text });
}

function footprint(item) {
  const f = item.lastFootprint;
  if (!f) return '—';
  return element('span', {},
    element('a', { href: 'result.html?calculation=' + f.calculationId, class: 'figure',
      text: number(f.totalKgCo2e) + ' kg CO2e' }),
    element('small', { text: t('dashboard.versionOn', { version: f.version, date: date(f.calculatedAt) }) }));
}

function certificate(item) {
  const c = item.certificate;
  if (!c) return '—';
  return element('span', {}, element('span', { text: c.number }),
    c.validUntil ? element('small', { text: t('dashboard.validUntil', { date: date(c.validUntil) }) }) : null);
}

function nextStep(item) {
  if (item.nextStep === 'NONE') return t('step.NONE');
  return element('a', { class: 'action', href: 'product.html?id=' + item.product.id,
    text: t('step.' + item.nextStep) });
}

function row(item) {
  const cell = (label, ...content) => element('td', { 'data-label': t(label) }, ...content);
  return element('tr', { 'data-product': item.product.id },
    cell('dashboard.product', productLink(item)),
    cell('dashboard.status', element('span', { class: 'status ' + item.status.toLowerCase(),
      text: t('status.' + item.status) })),
    cell('dashboard.footprint', footprint(item)),
    cell('dashboard.certificate', certificate(item)),
    cell('dashboard.next', nextStep(item)));
}

async function show() {
  const params = new URLSearchParams({ page, size: SIZE });
  if (query) params.set('q', query);
  const { data } = await call('api/products/overview?' + params);
  const body = document.querySelector('#products tbody');
  body.replaceChildren(...data.items.map(row));
  if (data.total === 0 && !query) {
    body.append(element('tr', {}, element('td', { colspan: 5, text: t('dashboard.empty') })));
  }
  const todo = data.items.filter((i) => i.nextStep !== 'NONE');
  document.querySelector('#todo ul').replaceChildren(...(todo.length
    ? todo.map((i) => element('li', {}, nextStep(i), ' — ', productLink(i)))
    : [element('li', { text: t('dashboard.nothingToDo') })]));
  const pages = Math.max(1, Math.ceil(data.total / SIZE));
  document.getElementById('pages').replaceChildren(
    element('button', { type: 'button', text: t('dashboard.previous'), disabled: page === 0,
      onclick: () => { page--; show(); } }),
    element('span', { text: t('dashboard.page', { page: page + 1, pages, total: data.total }) }),
    element('button', { type: 'button', text: t('dashboard.nextPage'), disabled: page + 1 >= pages,
      onclick: () => { page++; show(); } }));
}

start(async (me) => {
  const message = document.getElementById('message');
  const create = document.getElementById('new-product');
  create.hidden = me.role !== 'EXPORTER';
  create.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const { data } = await call('api/products', { method: 'POST', json: { name: create.elements.name.value } });
      location.href = 'product.html?id=' + data.id;
    } catch (e) {
      showProblem(message, e);
    }
  });
  let typing;
  document.getElementById('search').addEventListener('input', (event) => {
    clearTimeout(typing);
    typing = setTimeout(() => { query = event.target.value.trim(); page = 0; show(); }, 300);
  });
  document.getElementById('search').addEventListener('submit', (event) => event.preventDefault());
  try {
    await show();
  } catch (e) {
    showProblem(message, e);
  }
});
