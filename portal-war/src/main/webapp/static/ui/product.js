// One product: its name, what is declared (declared unit, system boundary, in plain words), its bill of materials
// from a spreadsheet (errors on their row and column, nothing stored until the file is clean), and the button that
// freezes a version and calculates it. Every change sends the ETag it read; a stale one keeps what the user typed.
import { call } from './api.js';
import * as certification from './certification.js';
import * as compare from './compare.js';
import * as exchange from './exchange.js';
import { t, number, dateTime, unitName } from './i18n.js';
import { element, param, say, showProblem, start } from './shell.js';

const id = param('id');
let etag = null;
let model = null;

const $ = (selector) => document.querySelector(selector);
/** The product categories the scheme's statistics group by (ProductCategory). */
const CATEGORIES = ['BATTERY', 'ELECTRONICS', 'TEXTILE', 'METAL_PARTS', 'FURNITURE', 'OTHER'];

async function loadProduct() {
  const product = await call('api/products/' + id);
  etag = product.etag;
  const form = $('#details');
  form.elements.name.value = product.data.name;
  form.elements.description.value = product.data.description || '';
  form.elements.category.replaceChildren(element('option', { value: '', text: t('product.chooseCategory') }),
    ...CATEGORIES.map((c) => element('option', { value: c, text: t('category.' + c) })));
  form.elements.category.value = product.data.category || '';
  $('#title').textContent = product.data.name;
  document.title = product.data.name + ' — ' + t('brand');
  model = null;
  if (product.data.hasModel) {
    const m = await call('api/products/' + id + '/model');
    model = m.data;
    etag = m.etag;
  }
  showModel();
  await showProgress();
  await showVersions();
}

let exporter = false;

async function showProgress() {
  const { data } = await call('api/products/' + id + '/progress');
  const versions = (await call('api/products/' + id + '/versions')).data;
  await certification.setup(id, data, versions, exporter, loadProduct);
  const parts = [element('span', { class: 'status ' + data.status.toLowerCase(), text: t('status.' + data.status) })];
  if (data.nextStep !== 'NONE') parts.push(' ', t('dashboard.next') + ': ' + t('step.' + data.nextStep));
  $('#progress').replaceChildren(...parts);
  const last = $('#last-result');
  last.hidden = !data.lastFootprint;
  if (data.lastFootprint) {
    last.href = 'result.html?calculation=' + data.lastFootprint.calculationId;
    last.textContent = t('product.openResult') + ': ' + number(data.lastFootprint.totalKgCo2e) + ' kg CO2e';
  }
}

async function showVersions() {
  const { data } = await call('api/products/' + id + '/versions');
  compare.setup(id, data);
  $('#versions').replaceChildren(...data.map((v) =>
    element('li', { text: 'v' + v.number + ' — ' + dateTime(v.createdAt) + ' — ' + v.createdBy })));
}

/** The declared unit and boundary of the stored model, put back into the form. */
function showDeclaration() {
  if (!model) return;
  $('#declared-unit').value = model.declaredUnit.value + ' ' + model.declaredUnit.unit;
  const key = model.systemBoundary;
  for (const radio of document.querySelectorAll('input[name=boundary]')) radio.checked = radio.value === key;
  for (const box of document.querySelectorAll('#stages input')) {
    box.checked = (model.boundaryStages || []).includes(box.value);
  }
  $('#reference-period [name=start]').value = model.referencePeriod?.start || '';
  $('#reference-period [name=end]').value = model.referencePeriod?.end || '';
}

function boundary() {
  const key = document.querySelector('input[name=boundary]:checked').value;
  if (key !== 'custom') return key;
  return [...document.querySelectorAll('#stages input:checked')].map((b) => b.value).join(',');
}

/** The bill of materials as an indented list: each part under its parent, its activities below it. */
function showModel() {
  const body = $('#model tbody');
  if (!model) {
    body.replaceChildren(element('tr', {}, element('td', { colspan: 4, text: t('product.noModel') })));
    return;
  }
  showDeclaration();
  const parts = new Map(model.parts.map((p) => [p.id, p]));
  const rows = [];
  const cell = (label, text, depth = 0) => element('td', { 'data-label': t(label), text,
    class: depth ? 'depth-' + Math.min(depth, 6) : null });
  const visit = (partId, quantity, depth, seen) => {
    const part = parts.get(partId);
    if (!part || seen.has(partId)) return;
    rows.push(element('tr', { class: 'part' }, cell('product.part', part.name || part.id, depth),
      cell('product.quantity', quantity), cell('product.activity', ''), cell('product.factor', '')));
    for (const a of part.activities || []) {
      const amount = a.amount || a.mass;
      rows.push(element('tr', {}, cell('product.part', '', depth + 1),
        cell('product.quantity', amount ? amount.value + ' ' + unitName(amount.unit) : ''),
        cell('product.activity', a.type + ': ' + a.id), cell('product.factor', a.factor || a.gridFactor || '')));
    }
    for (const c of part.components || []) {
      const child = parts.get(c.part);
      visit(c.part, c.quantity + ' ' + (child ? unitName(child.unit) : ''), depth + 1, new Set([...seen, partId]));
    }
  };
  visit(model.rootPart, model.declaredUnit.value + ' ' + unitName(model.declaredUnit.unit), 0, new Set());
  body.replaceChildren(...rows);
}

/**
 * The place the portal named ("sheet 'BOM', row 3, column 'quantity'"), said in the page's language; the names
 * inside it stay as the file has them.
 */
function place(field) {
  return field.split(', ').map((piece) => {
    let m = piece.match(/^sheet '(.*)'$/);
    if (m) return t('product.sheet', { sheet: m[1] });
    m = piece.match(/^row (\d+)$/);
    if (m) return t('product.row', { row: m[1] });
    m = piece.match(/^column '(.*)'( \(\w+\))?$/);
    if (m) return t('product.column', { column: m[1] }) + (m[2] || '');
    return piece;
  }).join(t('product.placeSeparator'));
}

/** A refused upload: each place the portal named (file, row, column) beside what to fix there. */
function showUploadProblem(target, error) {
  const placed = (error.errors || []).filter((e) => /row \d+/.test(e.field));
  if (!placed.length) {
    showProblem(target, error);
    return;
  }
  target.className = 'message problem';
  target.replaceChildren(element('p', { text: t('product.errorsIn') }),
    element('table', { class: 'errors' },
      element('thead', {}, element('tr', {}, element('th', { text: t('product.where') }),
        element('th', { text: t('product.problem') }))),
      element('tbody', {}, ...placed.map((e) => element('tr', {}, element('td', { text: place(e.field) }),
        element('td', { text: e.message.startsWith(e.field) ? e.message.slice(e.field.length + 2) : e.message }))))));
}

async function upload(event) {
  event.preventDefault();
  const message = $('#upload-message');
  say(message, t('loading'));
  const form = new FormData();
  form.append('file', event.target.elements.file.files[0]);
  form.append('declaredUnit', $('#declared-unit').value.trim());
  form.append('boundary', boundary());
  try {
    const r = await call('api/products/' + id + '/bom', { method: 'PUT', form, etag });
    etag = r.etag;
    await loadProduct();
    say(message, t('product.uploaded', { parts: model ? model.parts.length : 0 }));
  } catch (e) {
    showUploadProblem(message, e);
  }
}

/**
 * Puts the declared unit and boundary into the stored model (a spreadsheet upload takes them as it is sent); with
 * no model yet there is nothing to change, and the page says so.
 */
async function saveDeclaration() {
  const message = $('#declaration-message');
  if (!model) {
    say(message, t('product.declarationNeedsModel'), true);
    return;
  }
  const [value, ...unit] = $('#declared-unit').value.trim().split(/\s+/);
  const changed = { ...model, declaredUnit: { ...model.declaredUnit, value: Number(value), unit: unit.join(' ') || 'piece' } };
  const key = document.querySelector('input[name=boundary]:checked').value;
  changed.systemBoundary = key;
  delete changed.boundaryStages;
  if (key === 'custom') changed.boundaryStages = boundary().split(',').filter((s) => s);
  const start = $('#reference-period [name=start]').value;
  const end = $('#reference-period [name=end]').value;
  delete changed.referencePeriod;
  if (start || end) changed.referencePeriod = { start, end };
  try {
    const form = $('#details').elements;
    const r = await call('api/products/' + id, { method: 'PUT', etag,
      json: { name: form.name.value, description: form.description.value, category: form.category.value || null,
        model: changed } });
    etag = r.etag;
    model = changed;
    showModel();
    say(message, t('saved'));
  } catch (e) {
    showProblem(message, e);
  }
}

async function saveDetails(event) {
  event.preventDefault();
  const message = $('#details-message');
  const form = event.target.elements;
  try {
    // the model goes back as read: an edit of the name keeps the bill of materials
    const r = await call('api/products/' + id, { method: 'PUT', etag,
      json: { name: form.name.value, description: form.description.value, category: form.category.value || null,
        model } });
    etag = r.etag;
    $('#title').textContent = r.data.name;
    say(message, t('saved'));
  } catch (e) {
    showProblem(message, e);
  }
}

async function calculate() {
  const message = $('#calculate-message');
  const button = $('#calculate-button');
  button.disabled = true;
  say(message, t('product.calculating'));
  try {
    const version = await call('api/products/' + id + '/versions', { method: 'POST' });
    const calculation = await call('api/products/' + id + '/versions/' + version.data.number + '/calculations',
      { method: 'POST' });
    location.href = 'result.html?calculation=' + calculation.data.id;
  } catch (e) {
    showProblem(message, e);
    button.disabled = false;
  }
}

start(async (me) => {
  exporter = me.role === 'EXPORTER';
  for (const control of document.querySelectorAll('main button, main input, main textarea')) {
    control.disabled = !exporter;
  }
  $('#open-editor').href = 'editor.html?id=' + id;
  $('#details').addEventListener('submit', saveDetails);
  $('#upload').addEventListener('submit', upload);
  $('#calculate-button').addEventListener('click', calculate);
  $('#save-declaration').addEventListener('click', saveDeclaration);
  try {
    await loadProduct();
    await exchange.setup(id, exporter);
  } catch (e) {
    showProblem($('#details-message'), e);
  }
});
