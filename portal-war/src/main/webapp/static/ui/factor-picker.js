// The factor picker: search the library (GET api/factors) and see each factor's value, unit, source, year,
// region and licence before choosing it; for electricity, the grid factors for where the power is used, nearest
// first — province, its regional grid, China.
import { call } from './api.js';
import { t, number, current, unitName } from './i18n.js';
import { element, showProblem } from './shell.js';

/** China's provinces in the MEE regional grids (华北, 东北, 华东, 华中, 西北, 南方). */
const GRIDS = {
  'CN-GRID-NORTH': ['CN-BJ', 'CN-TJ', 'CN-HE', 'CN-SX', 'CN-SD', 'CN-NM'],
  'CN-GRID-NORTHEAST': ['CN-LN', 'CN-JL', 'CN-HL'],
  'CN-GRID-EAST': ['CN-SH', 'CN-JS', 'CN-ZJ', 'CN-AH', 'CN-FJ'],
  'CN-GRID-CENTRAL': ['CN-HA', 'CN-HB', 'CN-HN', 'CN-JX', 'CN-SC', 'CN-CQ'],
  'CN-GRID-NORTHWEST': ['CN-SN', 'CN-GS', 'CN-QH', 'CN-NX', 'CN-XJ'],
  'CN-GRID-SOUTH': ['CN-GD', 'CN-GX', 'CN-YN', 'CN-GZ', 'CN-HI'],
};
const PROVINCE_KEY = 'tanji.province';

function gridOf(province) {
  return Object.keys(GRIDS).find((g) => GRIDS[g].includes(province));
}

/** "0.4211 kg CO2e/kWh (AR6)" or, for a factor given by gas, each gas. */
export function value(f) {
  const co2e = Object.entries(f.co2e || {}).map(([k, v]) => number(v) + ' kg CO2e ' + k);
  const gases = Object.entries(f.gases || {}).map(([k, v]) => number(v) + ' kg ' + k);
  return [...co2e, ...gases].join(', ') + ' / ' + unitName(f.unit);
}

function name(f) {
  return current() === 'zh-CN' && f.nameZh ? f.nameZh : f.name;
}

function row(f, choose) {
  const cell = (label, text) => element('td', { 'data-label': t(label), text });
  return element('tr', {},
    cell('picker.name', name(f) + ' (' + f.id + ')'),
    cell('picker.value', value(f)),
    cell('picker.source', f.dataset + ' ' + f.version),
    cell('picker.yearRegion', [f.year, f.region].filter((x) => x).join(', ')),
    cell('picker.licence', f.licence || ''),
    element('td', {}, element('button', { type: 'button', class: 'choose', 'data-factor': f.id,
      text: t('picker.choose'), onclick: () => choose(f) })));
}

function table(factors, choose) {
  return element('table', { class: 'cards' },
    element('thead', {}, element('tr', {}, ...['picker.name', 'picker.value', 'picker.source', 'picker.yearRegion',
      'picker.licence', 'picker.choose'].map((k) => element('th', { text: t(k) })))),
    element('tbody', {}, ...factors.map((f) => row(f, choose))));
}

async function first(region) {
  const { data } = await call('api/factors?' + new URLSearchParams({ region, unit: 'kWh', limit: 5 }));
  // the newest year of the region's average factor
  // the MEE average factors (CO2 of consumption), one series for province, grid and country alike
  return data.filter((f) => /^cn-mee-elec-\d{4}:(province|region|national$)/.test(f.id))
    .sort((a, b) => b.year - a.year)[0];
}

async function suggestions(box, province, choose) {
  const chain = [province, gridOf(province), 'CN'].filter((r) => r);
  const found = (await Promise.all(chain.map(first))).filter((f) => f);
  box.replaceChildren(element('p', { class: 'help', text: t('picker.gridHelp') }), table(found, choose));
}

/** Puts an own factor into the model's factors if it is not there yet; answers it as the picker lists factors. */
function adopt(own, factor) {
  if (!own.some((f) => f.id === factor.id)) own.push(factor);
  // an own factor's provenance is its source (for a supplier's PACT footprint: company, product, id, validity)
  return { ...factor, co2e: factor.co2e || {}, gases: factor.gases || {}, dataset: t('picker.ownDataset'),
    version: factor.source || '', licence: '' };
}

/**
 * The form for a factor of the exporter's own (primary data: a supplier's declared footprint, a meter's reading):
 * stored in the product's model, with the source and the GWP set its CO2e was made with stated, never assumed.
 */
function ownFactorForm(own, done) {
  const form = element('form', { class: 'own-factor' },
    element('h3', { text: t('picker.ownTitle') }),
    element('p', { class: 'help', text: t('picker.ownHelp') }),
    element('div', { class: 'row' },
      element('label', { class: 'inline' }, t('picker.name'), element('input', { name: 'name', required: true })),
      element('label', { class: 'inline' }, t('picker.ownValue'),
        element('input', { name: 'value', type: 'number', step: 'any', min: 0, required: true, class: 'amount' })),
      element('label', { class: 'inline' }, t('picker.unit'), element('select', { name: 'unit' },
        ...['kg', 'piece', 'kWh', 'MJ', 'L', 'm2', 'm3', 't·km'].map((u) => element('option', { value: u, text: unitName(u) })))),
      element('label', { class: 'inline' }, t('picker.ownGwp'), element('select', { name: 'gwpSet' },
        ...['AR6', 'AR5', 'AR4'].map((g) => element('option', { value: g, text: g }))))),
    element('div', { class: 'row' },
      element('label', { class: 'inline' }, t('picker.source'), element('input', { name: 'source', required: true,
        placeholder: t('picker.ownSourceExample') })),
      element('label', { class: 'inline' }, t('picker.ownYear'), element('input', { name: 'year', type: 'number',
        min: 1990, max: 2100, required: true, class: 'amount' })),
      element('button', { text: t('picker.ownAdd') })));
  const message = element('p', { role: 'status', class: 'message' });
  form.append(message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = Object.fromEntries(new FormData(form));
    try {
      // kept for the whole organisation; the model carries a copy
      const { data: factor } = await call('api/own-factors', { method: 'POST', json: { name: v.name, unit: v.unit,
        kgCo2ePerUnit: Number(v.value), gwpSet: v.gwpSet, source: v.source, year: Number(v.year) } });
      done(adopt(own, factor));
    } catch (e) {
      showProblem(message, e);
    }
  });
  return form;
}

/**
 * Opens the picker; resolves to the chosen factor (as GET api/factors answers it) or null when closed.
 * {@code electricity} adds the grid suggestions; {@code own} (the model's own factors) lists them first and lets
 * the user add one.
 */
export function pickFactor({ electricity = false, text = '', own = null } = {}) {
  return new Promise((resolve) => {
    const results = element('div', { class: 'results' });
    const suggested = element('div', { class: 'suggested' });
    const dialog = element('dialog', { id: 'factor-picker', 'aria-label': t('picker.title') });
    const done = (f) => { dialog.close(); dialog.remove(); resolve(f); };
    const search = element('form', { class: 'row', role: 'search' },
      element('input', { name: 'q', type: 'search', value: electricity ? '' : text, 'aria-label': t('picker.search'),
        placeholder: t('picker.search') }),
      element('input', { name: 'unit', class: 'narrow', 'aria-label': t('picker.unit'), placeholder: t('picker.unit') }),
      element('button', { text: t('picker.find') }));
    search.addEventListener('submit', async (event) => {
      event.preventDefault();
      const params = new URLSearchParams({ limit: 30 });
      for (const [k, v] of new FormData(search)) if (v) params.set(k, v);
      try {
        const { data } = await call('api/factors?' + params);
        results.replaceChildren(data.length ? table(data, done) : element('p', { text: t('picker.none') }));
      } catch (e) {
        results.replaceChildren(element('p', { class: 'problem', text: e.message }));
      }
    });
    const parts = [element('h2', { text: t('picker.title') })];
    if (electricity) {
      const province = element('select', { 'aria-label': t('picker.province'), onchange: (event) => {
        localStorage.setItem(PROVINCE_KEY, event.target.value);
        suggestions(suggested, event.target.value, done);
      } }, ...Object.values(GRIDS).flat().sort().map((p) => element('option', { value: p, text: t('province.' + p),
        selected: p === (localStorage.getItem(PROVINCE_KEY) || 'CN-FJ') })));
      parts.push(element('label', {}, t('picker.province'), province), suggested);
      suggestions(suggested, province.value, done);
    }
    if (own) {
      // the organisation's factors and those already in this model, once each
      const listed = element('div');
      parts.push(listed);
      call('api/own-factors').then(({ data }) => {
        const all = [...own, ...data.filter((f) => !own.some((o) => o.id === f.id))];
        if (all.length) {
          listed.replaceChildren(element('h3', { text: t('picker.ownList') }),
            table(all.map((f) => adopt([], f)), (f) => done(adopt(own, all.find((x) => x.id === f.id)))));
        }
      }).catch((e) => showProblem(listed, e));
    }
    parts.push(search, results);
    if (own) parts.push(ownFactorForm(own, done));
    parts.push(
      element('button', { type: 'button', class: 'secondary', text: t('picker.close'), onclick: () => done(null) }));
    dialog.append(...parts);
    dialog.addEventListener('cancel', () => done(null));
    document.body.append(dialog);
    dialog.showModal();
    if (text && !electricity) search.requestSubmit();
  });
}
