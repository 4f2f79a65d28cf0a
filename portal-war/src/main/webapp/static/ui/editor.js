// The guided editor: the bill of materials as a tree the user edits in place — parts with their components
// (quantity per parent and scrap), and each part's activities (material, packaging, fuel, electricity, transport
// legs, use, end of life) with amounts in units that fit the chosen factor. It edits the draft model
// (tanji-footprint-model/1) and saves it with the ETag it read; a stale save keeps the edits on the page.
import { call } from './api.js';
import { pickFactor, value } from './factor-picker.js';
import { t, number as figure, percent, unitName } from './i18n.js';
import { element, param, say, showProblem, start } from './shell.js';

const id = param('id');
let etag = null;
let model = null;
let factors = new Map(); // id → the factor as the library describes it, for its unit and label

/** Units of the same kind as a factor's unit: an activity may be entered in any of them. */
const KINDS = [
  ['kg', 'g', 't', 'lb'], ['kWh', 'MWh', 'MJ', 'GJ'], ['L', 'mL', 'm3', 'gal'], ['m2', 'ha'], ['m', 'km', 'mi'],
  ['t·km', 'kg·km'], ['piece'], ['use'],
];
const unitsLike = (unit) => KINDS.find((k) => k.includes(unit)) || [unit];

const TYPES = {
  material: () => ({ type: 'material', id: '', amount: { value: 1, unit: 'kg' }, factor: '' }),
  packaging: () => ({ type: 'packaging', id: '', amount: { value: 0.1, unit: 'kg' }, factor: '' }),
  fuel: () => ({ type: 'fuel', id: '', amount: { value: 1, unit: 'L' }, factor: '' }),
  electricity: () => ({ type: 'electricity', id: '', amount: { value: 1, unit: 'kWh' }, gridFactor: '' }),
  transport: () => ({ type: 'transport', id: '', mass: { value: 1, unit: 'kg' }, distance: { value: 100, unit: 'km' },
    mode: '', factor: '' }),
  use: () => ({ type: 'use', id: '', energyPerUse: { value: 0.01, unit: 'kWh' }, usesOverLifetime: 1000, factor: '' }),
  'end-of-life': () => ({ type: 'end-of-life', id: '', mass: { value: 1, unit: 'kg' },
    routes: [{ treatment: 'recycling', share: 1, factor: '' }] }),
};
const STAGES = ['raw-material-acquisition', 'production', 'distribution', 'use', 'end-of-life'];

const part = (partId) => model.parts.find((p) => p.id === partId);

function newPartId() {
  let n = model.parts.length + 1;
  while (part('p' + n)) n++;
  return 'p' + n;
}

/** Removes a part nothing refers to any more, and then its own components that way. */
function dropIfUnused(partId) {
  if (partId === model.rootPart || model.parts.some((p) => (p.components || []).some((c) => c.part === partId))) return;
  const gone = part(partId);
  model.parts = model.parts.filter((p) => p.id !== partId);
  for (const c of gone.components || []) dropIfUnused(c.part);
}

function number(label, get, set, attributes = {}) {
  return element('label', { class: 'inline' }, t(label), element('input', { type: 'number', step: 'any', min: 0,
    value: get(), required: true, class: 'amount', ...attributes,
    oninput: (event) => set(event.target.value === '' ? null : Number(event.target.value)) }));
}

function text(label, get, set, attributes = {}) {
  return element('label', { class: 'inline' }, t(label), element('input', { value: get() || '', ...attributes,
    oninput: (event) => set(event.target.value) }));
}

function select(label, options, get, set, attributes = {}) {
  return element('label', { class: 'inline' }, t(label), element('select', { ...attributes,
    onchange: (event) => set(event.target.value) },
  ...options.map(([v, shown]) => element('option', { value: v, text: shown, selected: v === get() }))));
}

/** An amount and its unit; the units offered are those of the factor's kind once a factor is chosen. */
function amount(label, holder, key, factorId) {
  const factor = factors.get(factorId);
  const units = factor ? unitsLike(factor.unit) : unitsLike(holder[key].unit);
  if (!units.includes(holder[key].unit)) holder[key].unit = units[0];
  return element('span', { class: 'amount-unit' },
    number(label, () => holder[key].value, (v) => { holder[key].value = v; }, { name: key }),
    select('editor.unit', units.map((u) => [u, unitName(u)]), () => holder[key].unit, (u) => { holder[key].unit = u; },
      { class: 'unit', name: key + 'Unit' }));
}

/** The factor an activity uses, and the button that opens the picker. */
function factorField(activity, key) {
  const holder = activity.type === 'end-of-life' ? activity.routes[0] : activity;
  const chosen = holder[key];
  const f = factors.get(chosen);
  return element('span', { class: 'factor' },
    element('span', { class: 'chosen', text: chosen ? (f ? f.name + ' — ' + value(f) : chosen) : t('editor.noFactor') }),
    element('button', { type: 'button', class: 'secondary pick', text: t('editor.pickFactor'),
      onclick: async () => {
        model.factors = model.factors || [];
        const picked = await pickFactor({ electricity: activity.type === 'electricity', text: activity.id,
          own: model.factors });
        if (picked) {
          factors.set(picked.id, picked);
          holder[key] = picked.id;
          render();
        }
      } }));
}

function activityRow(owner, activity, index) {
  const fields = [
    element('strong', { text: t('activity.' + activity.type) }),
    text('editor.activityName', () => activity.id, (v) => { activity.id = v; }, { required: true, name: 'activityName' }),
  ];
  switch (activity.type) {
    case 'electricity':
      fields.push(amount('editor.amount', activity, 'amount', activity.gridFactor), factorField(activity, 'gridFactor'));
      break;
    case 'transport':
      fields.push(amount('editor.mass', activity, 'mass', null),
        number('editor.distanceKm', () => activity.distance.value, (v) => { activity.distance.value = v; },
          { name: 'distance' }),
        text('editor.mode', () => activity.mode, (v) => { activity.mode = v; }, { name: 'mode' }),
        factorField(activity, 'factor'));
      break;
    case 'use':
      fields.push(amount('editor.energyPerUse', activity, 'energyPerUse', activity.factor),
        number('editor.uses', () => activity.usesOverLifetime, (v) => { activity.usesOverLifetime = v; },
          { name: 'uses' }),
        factorField(activity, 'factor'));
      break;
    case 'end-of-life':
      fields.push(amount('editor.mass', activity, 'mass', null),
        select('editor.treatment', ['recycling', 'landfill', 'incineration'].map((k) => [k, t('treatment.' + k)]),
          () => activity.routes[0].treatment, (v) => { activity.routes[0].treatment = v; }),
        factorField(activity, 'factor'));
      break;
    default:
      fields.push(amount('editor.amount', activity, 'amount', activity.factor), factorField(activity, 'factor'));
  }
  fields.push(select('editor.stage', [['', t('editor.defaultStage')], ...STAGES.map((s) => [s, t('stage.' + s)])],
    () => activity.stage || '', (v) => { if (v) activity.stage = v; else delete activity.stage; }, { name: 'stage' }),
  element('button', { type: 'button', class: 'secondary remove', text: t('editor.remove'),
    onclick: () => { owner.activities.splice(index, 1); render(); } }));
  return element('div', { class: 'activity', 'data-type': activity.type }, ...fields);
}

function partBox(p, reference, parent, depth) {
  const head = [text('editor.partName', () => p.name, (v) => { p.name = v; }, { required: true, class: 'part-name' }),
    select('editor.partUnit', ['piece', 'kg', 'g', 'm', 'm2', 'L'].map((u) => [u, unitName(u)]), () => p.unit || 'piece',
      (v) => { p.unit = v; }, { name: 'partUnit' })];
  if (reference) {
    head.push(number('editor.quantity', () => reference.quantity, (v) => { reference.quantity = v; },
      { name: 'quantity' }),
      number('editor.scrapPercent', () => Math.round((reference.scrap || 0) * 10000) / 100,
        (v) => { reference.scrap = (v || 0) / 100; }, { max: 99, name: 'scrap' }),
      element('button', { type: 'button', class: 'secondary remove', text: t('editor.removePart'), onclick: () => {
        parent.components = parent.components.filter((c) => c !== reference);
        dropIfUnused(p.id);
        render();
      } }));
  }
  const addActivity = element('select', { class: 'add-activity', 'aria-label': t('editor.addActivity'),
    onchange: (event) => {
      if (!event.target.value) return;
      p.activities = p.activities || [];
      p.activities.push(TYPES[event.target.value]());
      render();
    } },
  element('option', { value: '', text: t('editor.addActivity') }),
  ...Object.keys(TYPES).map((k) => element('option', { value: k, text: t('activity.' + k) })));
  const addPart = element('button', { type: 'button', class: 'secondary add-part', text: t('editor.addPart'),
    onclick: () => {
      const child = { id: newPartId(), name: '', unit: 'kg', components: [], activities: [] };
      model.parts.push(child);
      p.components = p.components || [];
      p.components.push({ part: child.id, quantity: 1, scrap: 0 });
      render();
    } });
  const children = (p.components || []).map((c) => part(c.part) ? partBox(part(c.part), c, p, depth + 1) : null);
  return element('fieldset', { class: 'part depth-' + Math.min(depth, 4), 'data-part': p.id },
    element('legend', { text: depth === 0 ? t('editor.product') : t('editor.component') }),
    element('div', { class: 'row' }, ...head),
    ...(p.activities || []).map((a, i) => activityRow(p, a, i)),
    element('div', { class: 'row' }, addActivity, addPart),
    ...children);
}

function render() {
  document.getElementById('tree').replaceChildren(partBox(part(model.rootPart), null, null, 0));
}

async function save() {
  const message = document.getElementById('message');
  if (!validate(message)) return;
  try {
    const product = await call('api/products/' + id);
    const r = await call('api/products/' + id, { method: 'PUT', etag,
      json: { name: product.data.name, description: product.data.description, model } });
    etag = r.etag;
    say(message, t('saved'));
  } catch (e) {
    showProblem(message, e);
  }
}

/**
 * "What if": the footprint of the edits on the page, calculated but not saved, beside the last calculated version —
 * the total and each stage, with the difference.
 */
async function whatIf() {
  const message = document.getElementById('message');
  if (!validate(message)) return;
  const box = document.getElementById('preview');
  try {
    const { data: draft } = await call('api/products/' + id + '/preview', { method: 'POST', json: model });
    const { data: progress } = await call('api/products/' + id + '/progress');
    const last = progress.lastFootprint
      ? (await call('api/calculations/' + progress.lastFootprint.calculationId)).data : null;
    const stages = draft.summary.boundaryStages;
    const diff = (after, before) => (before === undefined ? '—'
      : (after - before >= 0 ? '+' : '') + figure(after - before) + (before ? ' (' + percent((after - before) / before) + ')' : ''));
    const row = (label, after, before) => element('tr', {}, element('td', { text: label }),
      element('td', { class: 'number', text: before === undefined ? '—' : figure(before) }),
      element('td', { class: 'number', text: figure(after) }), element('td', { class: 'number', text: diff(after, before) }));
    box.hidden = false;
    box.replaceChildren(element('h2', { text: t('editor.whatIfTitle') }),
      element('p', { text: t('editor.whatIfHelp') }),
      element('table', {}, element('thead', {}, element('tr', {}, element('th', { text: '' }),
        element('th', { class: 'number', text: last ? t('editor.lastVersion', { version: last.version }) : '—' }),
        element('th', { class: 'number', text: t('editor.thisDraft') }),
        element('th', { class: 'number', text: t('editor.difference') }))),
      element('tbody', {}, row(t('result.total'), draft.totalKgCo2e, last?.totalKgCo2e),
        ...stages.map((s) => row(t('stage.' + s), draft.summary.byStage[s].total,
          last?.summary.byStage[s]?.total)))));
    say(message, '');
    box.scrollIntoView({ block: 'nearest' });
  } catch (e) {
    showProblem(message, e);
  }
}

/** The browser's own checks on every field; the first wrong one is shown to the user. */
function validate(message) {
  const bad = [...document.querySelectorAll('#tree input, #tree select')].find((i) => !i.checkValidity());
  if (!bad) return true;
  bad.reportValidity();
  say(message, t('error.fields') + ' ' + (bad.closest('label')?.textContent || ''), true);
  return false;
}

/** The factors the model uses, described by the library (or the model's own), so each shows its name and value. */
async function describeFactors() {
  for (const f of model.factors || []) factors.set(f.id, { ...f, co2e: f.co2e || {}, gases: f.gases || {} });
  const ids = new Set();
  for (const p of model.parts) {
    for (const a of p.activities || []) {
      for (const f of [a.factor, a.gridFactor, ...(a.routes || []).map((r) => r.factor)]) if (f) ids.add(f);
    }
  }
  await Promise.all([...ids].filter((f) => !factors.has(f)).map(async (f) => {
    try {
      factors.set(f, (await call('api/factors/' + encodeURIComponent(f))).data);
    } catch (e) {
      // an organisation's own factor is not in the library's search: shown by its id
    }
  }));
}

start(async () => {
  document.getElementById('back').href = 'product.html?id=' + id;
  try {
    const product = await call('api/products/' + id);
    etag = product.etag;
    document.getElementById('title').textContent = t('editor.title') + ': ' + product.data.name;
    if (product.data.hasModel) {
      const m = await call('api/products/' + id + '/model');
      model = m.data;
      etag = m.etag;
      await describeFactors();
    } else {
      model = { format: 'tanji-footprint-model/1', product: product.data.name,
        declaredUnit: { value: 1, unit: 'piece' }, systemBoundary: 'cradle-to-gate', rootPart: 'product',
        parts: [{ id: 'product', name: product.data.name, unit: 'piece', components: [], activities: [] }],
        factors: [] };
    }
    render();
  } catch (e) {
    showProblem(document.getElementById('message'), e);
  }
  document.getElementById('save').addEventListener('click', save);
  document.getElementById('what-if').addEventListener('click', whatIf);
});
