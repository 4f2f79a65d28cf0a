// The scheme administrator's console: organisations (certification bodies among them) with their credit codes,
// their users and roles, disabling and password resets, an exporter's own factors; the emission-factor dataset
// versions, which certificates pin each, loading a new one; the audit log and its chain check. The portal decides
// and checks everything; this page only asks and shows.
import { call } from './api.js';
import { t, number, dateTime } from './i18n.js';
import { element, say, showProblem, start } from './shell.js';

const $ = (selector) => document.querySelector(selector);
const KINDS = { EXPORTER: ['EXPORTER'], CERTIFICATION_BODY: ['VERIFIER', 'REVIEWER', 'DECISION_MAKER'],
  REGULATOR: ['SUPERVISOR'], OPERATOR: ['ADMIN'] };

// GB 32100-2015: 18 characters of 0-9 and capitals without I, O, S, V, Z; the last one a check over the 17 before
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** What is wrong with a unified social credit code, as a message key and values; null when nothing is. */
export function creditCodeProblem(code) {
  if (code.length !== 18) return { key: 'admin.code.length', values: { count: code.length } };
  const bad = [...code].findIndex((c) => !CODE_CHARS.includes(c));
  if (bad >= 0) return { key: 'admin.code.character', values: { position: bad + 1, character: code[bad] } };
  const sum = CODE_WEIGHTS.reduce((s, w, i) => s + w * CODE_CHARS.indexOf(code[i]), 0);
  const check = CODE_CHARS[(31 - (sum % 31)) % 31];
  return code[17] === check ? null : { key: 'admin.code.check', values: { expected: check, found: code[17] } };
}

function options(select, values, label) {
  select.replaceChildren(...values.map((v) => element('option', { value: v, text: label(v) })));
}

async function organisations(show) {
  const { data } = await call('api/organisations');
  const kind = $('#kind-filter').value;
  const text = $('#organisation-search').value.trim().toLowerCase();
  const matches = (o) => (!kind || o.kind === kind)
    && (!text || o.legalName.toLowerCase().includes(text) || o.creditCode.toLowerCase().includes(text));
  const cell = (label, ...content) => element('td', { 'data-label': t(label) }, ...content);
  $('#organisation-list tbody').replaceChildren(...data.filter(matches).map((o) =>
    element('tr', { 'data-organisation': o.id },
      cell('admin.legalName', o.legalName), cell('admin.creditCode', element('code', { text: o.creditCode })),
      cell('admin.kind', t('kind.' + o.kind)),
      element('td', {}, element('button', { type: 'button', class: 'secondary', text: t('admin.open'),
        onclick: () => show(o) })))));
}

function userActions(o, u, reload) {
  const toggle = element('button', { type: 'button', class: 'secondary', 'data-action': 'status',
    text: t(u.enabled ? 'admin.disable' : 'admin.enable'),
    onclick: async () => {
      try {
        await call('api/organisations/' + o.id + '/users/' + encodeURIComponent(u.login) + '/status',
          { method: 'PUT', json: { enabled: !u.enabled } });
        await reload();
        say($('#message'), t(u.enabled ? 'admin.disabled' : 'admin.enabled', { login: u.login }));
      } catch (e) {
        showProblem($('#message'), e);
      }
    } });
  const reset = element('form', { class: 'row reset-password' },
    element('input', { name: 'newPassword', type: 'password', required: true, autocomplete: 'new-password',
      placeholder: t('admin.newPassword'), 'aria-label': t('admin.newPassword') }),
    element('button', { text: t('admin.resetPassword') }));
  reset.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await call('api/organisations/' + o.id + '/users/' + encodeURIComponent(u.login) + '/password',
        { method: 'PUT', json: { newPassword: reset.elements.newPassword.value } });
      reset.reset();
      say($('#message'), t('admin.passwordReset', { login: u.login }));
    } catch (e) {
      showProblem($('#message'), e);
    }
  });
  return [toggle, reset];
}

async function organisation(o) {
  const section = $('#organisation');
  section.hidden = false;
  section.dataset.organisation = o.id;
  $('#organisation-name').textContent = o.legalName + ' · ' + t('kind.' + o.kind);
  options($('#new-user').elements.role, KINDS[o.kind], (r) => t('userRole.' + r));
  const users = async () => {
    const { data } = await call('api/organisations/' + o.id + '/users');
    const cell = (label, ...content) => element('td', { 'data-label': t(label) }, ...content);
    $('#users tbody').replaceChildren(...data.map((u) => element('tr', { 'data-login': u.login },
      cell('admin.login', u.login), cell('admin.displayName', u.displayName),
      cell('admin.role', t('userRole.' + u.role)),
      cell('admin.status', element('span', { class: 'status ' + (u.enabled ? 'certified' : 'not_certified'),
        text: t(u.enabled ? 'admin.active' : 'admin.inactive') })),
      cell('admin.actions', ...userActions(o, u, users)))));
  };
  await users();
  $('#new-user').onsubmit = async (event) => {
    event.preventDefault();
    const form = event.target;
    try {
      await call('api/organisations/' + o.id + '/users', { method: 'POST', json: Object.fromEntries(new FormData(form)) });
      form.reset();
      await users();
      say($('#message'), t('admin.userAdded'));
    } catch (e) {
      showProblem($('#message'), e);
    }
  };
  $('#own-factors-part').hidden = o.kind !== 'EXPORTER';
  if (o.kind === 'EXPORTER') {
    const { data } = await call('api/organisations/' + o.id + '/own-factors');
    $('#own-factors tbody').replaceChildren(...(data.length ? data.map((f) => element('tr', {},
      element('td', { text: f.id }), element('td', { text: f.name }),
      element('td', { class: 'number', text: number(f.co2e.fossil) + ' kg CO2e/' + f.unit + ' (' + f.gwpSet + ')' }),
      element('td', { text: f.source + ', ' + f.year })))
      : [element('tr', {}, element('td', { colspan: 4, text: t('admin.noOwnFactors') }))]));
  }
  section.scrollIntoView();
}

async function browse(key) {
  const { data } = await call('api/datasets/' + key + '/factors?size=50');
  $('#dataset-factors').hidden = false;
  $('#dataset-factors-title').textContent = t('admin.factorsOf', { key, shown: data.items.length, total: data.total });
  const value = (f) => Object.entries(Object.keys(f.co2e).length ? f.co2e : f.gases)
    .map(([k, v]) => number(v) + ' kg ' + (Object.keys(f.co2e).length ? 'CO2e' : k)).join(', ') + '/' + f.unit;
  $('#dataset-factors tbody').replaceChildren(...data.items.map((f) => element('tr', {},
    element('td', { text: f.id }), element('td', { text: f.nameZh || f.name }), element('td', { text: f.region }),
    element('td', { class: 'number', text: value(f) }))));
}

async function datasets() {
  const [{ data: all }, { data: pins }] = await Promise.all([call('api/datasets'), call('api/datasets/pins')]);
  const pinned = Object.fromEntries(pins.map((p) => [p.key, p.certificates]));
  const cell = (label, ...content) => element('td', { 'data-label': t(label) }, ...content);
  $('#dataset-list tbody').replaceChildren(...all.map((d) => {
    const key = d.dataset + '/' + d.version;
    const by = pinned[key] || [];
    return element('tr', { 'data-dataset': key },
      cell('admin.dataset', element('code', { text: key })), cell('admin.datasetTitle', d.title),
      cell('admin.licence', d.licence),
      element('td', { class: 'number', 'data-label': t('admin.factors'), text: String(d.factors) }),
      cell('admin.pinnedBy', by.length
        ? element('span', { class: 'pins', title: by.map((c) => c.number + ' ' + c.holder).join('\n'),
          text: t('admin.certificates', { count: by.length }) + ': ' + by.slice(0, 3).map((c) => c.number).join(', ')
            + (by.length > 3 ? ' …' : '') })
        : t('admin.noCertificates')),
      element('td', {}, element('button', { type: 'button', class: 'secondary', text: t('admin.browse'),
        onclick: () => browse(key).catch((e) => showProblem($('#message'), e)) })));
  }));
}

async function audit() {
  const [{ data: check }, { data: entries }] = await Promise.all([call('api/audit/verification'),
    call('api/audit?size=30')]);
  const chain = $('#chain');
  chain.className = 'chain ' + (check.intact ? 'intact' : 'broken');
  chain.replaceChildren(element('strong', { text: t(check.intact ? 'admin.chainIntact' : 'admin.chainBroken') }), ' ',
    t('admin.chainFacts', { entries: check.entries, checkpoints: check.checkpoints, awaiting: check.awaitingSeal }),
    check.problem ? element('span', { class: 'first-broken', text: ' ' + t('admin.firstBroken') + ' ' + check.problem })
      : '');
  const cell = (label, ...content) => element('td', { 'data-label': t(label) }, ...content);
  $('#audit-log tbody').replaceChildren(...entries.map((e) => element('tr', {},
    cell('admin.when', dateTime(e.occurredAt)), cell('admin.who', e.actor), cell('admin.what', e.step && t('history.' + e.step) !== 'history.' + e.step ? t('history.' + e.step) : e.action),
    cell('admin.subject', e.subject), cell('admin.detail', e.detail || ''))));
}

start(async () => {
  const form = $('#new-organisation');
  options(form.elements.kind, Object.keys(KINDS), (k) => t('kind.' + k));
  options($('#kind-filter'), ['', ...Object.keys(KINDS)], (k) => (k ? t('kind.' + k) : t('admin.allKinds')));
  const code = form.elements.creditCode;
  code.addEventListener('input', () => {
    code.value = code.value.toUpperCase().replace(/\s/g, '');
    const problem = code.value ? creditCodeProblem(code.value) : null;
    code.setCustomValidity(problem ? t(problem.key, problem.values) : '');
    say($('#credit-check'), problem ? t(problem.key, problem.values) : code.value ? t('admin.code.ok') : '', !!problem);
  });
  const show = () => organisations((o) => organisation(o).catch((e) => showProblem($('#message'), e)));
  $('#kind-filter').addEventListener('change', () => show().catch((e) => showProblem($('#message'), e)));
  $('#organisation-search').addEventListener('input', () => show().catch((e) => showProblem($('#message'), e)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const { data } = await call('api/organisations', { method: 'POST', json: Object.fromEntries(new FormData(form)) });
      form.reset();
      say($('#credit-check'), '');
      await show();
      say($('#message'), t('admin.organisationAdded', { name: data.legalName }));
    } catch (e) {
      showProblem($('#message'), e);
    }
  });
  const load = $('#load-dataset');
  load.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const { data } = await call('api/datasets', { method: 'POST', form: new FormData(load) });
      load.reset();
      await datasets();
      say($('#message'), t('admin.datasetLoaded', { key: data.dataset + '/' + data.version, factors: data.factors }));
    } catch (e) {
      showProblem($('#message'), e);
    }
  });
  try {
    await Promise.all([show(), datasets(), audit()]);
  } catch (e) {
    showProblem($('#message'), e);
  }
});
