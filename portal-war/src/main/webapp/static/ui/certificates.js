// The certificates a certifier, the scheme's administrator or the supervisor may see: status, validity, renewal (the
// certificate it renews, the one that replaced it, a renewal falling due), the public page, the PDF and labels, the
// status steps the user may take (suspend and reinstate for the issuing body's decision-makers and the
// administrator, revoke for the body), each with its reason, and the surveillance records (recorded by the issuing
// body's verifiers).
import { call, url } from './api.js';
import { t, number, date } from './i18n.js';
import { element, say, showProblem, start } from './shell.js';

const $ = (selector) => document.querySelector(selector);
const DAY = 24 * 3600 * 1000;
/** An active certificate this close to its end is marked: the holder should have applied for renewal. */
const RENEWAL_DUE_DAYS = 90;

function renewal(c) {
  const notes = [];
  if (c.renews) notes.push(t('certs.renews', { number: c.renews }));
  if (c.supersededBy) notes.push(t('certs.supersededBy', { number: c.supersededBy }));
  if (c.state === 'ACTIVE' && c.validUntil && Date.parse(c.validUntil) - Date.now() < RENEWAL_DUE_DAYS * DAY) {
    notes.push(t('certs.renewalDue'));
  }
  return notes.map((n) => element('small', { class: 'renewal', text: n }));
}

async function surveillance(c, role, cell) {
  const base = 'api/certificates/' + encodeURIComponent(c.number) + '/surveillances';
  const { data } = await call(base);
  const list = element('ul', { class: 'surveillances' }, ...data.map((s) => element('li', {},
    element('span', { class: 'status ' + (s.outcome === 'CONFIRMED' ? 'certified' : 'not_certified'),
      text: t('certs.outcome.' + s.outcome) }), ' ' + date(s.recordedAt) + ' · ' + s.recordedBy + ': ' + s.note)));
  const parts = [element('strong', { text: t('certs.surveillance', { count: data.length }) }), list];
  if (role === 'VERIFIER' && (c.state === 'ACTIVE' || c.state === 'SUSPENDED')) {
    const form = element('form', { class: 'row surveillance' },
      element('select', { name: 'outcome', 'aria-label': t('certs.outcome') },
        ...['CONFIRMED', 'NONCONFORMITY'].map((o) => element('option', { value: o, text: t('certs.outcome.' + o) }))),
      element('input', { name: 'note', required: true, maxlength: 4000, placeholder: t('certs.surveillanceNote'),
        'aria-label': t('certs.surveillanceNote') }),
      element('button', { text: t('certs.record') }));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await call(base, { method: 'POST', json: { outcome: form.elements.outcome.value, note: form.elements.note.value } });
        await surveillance(c, role, cell);
        say($('#message'), t('certs.recorded', { number: c.number }));
      } catch (e) {
        showProblem($('#message'), e);
      }
    });
    parts.push(form);
  }
  cell.replaceChildren(...parts);
}

/** The steps a role may offer; the server still decides and names the rule when it refuses. */
function stepsFor(role, state) {
  const mayChange = role === 'DECISION_MAKER' || role === 'ADMIN';
  if (!mayChange) return [];
  const steps = state === 'ACTIVE' ? ['SUSPEND'] : state === 'SUSPENDED' ? ['REINSTATE'] : [];
  if (role === 'DECISION_MAKER' && (state === 'ACTIVE' || state === 'SUSPENDED')) steps.push('REVOKE');
  return steps;
}

function documents(number) {
  const base = 'api/public/certificates/' + encodeURIComponent(number);
  return [element('a', { href: url('verify.html?n=' + encodeURIComponent(number)), text: t('certs.publicPage') }),
    ' · ', element('a', { href: url(base + '/pdf'), text: t('certs.pdf') }),
    ' · ', element('a', { href: url(base + '/label?' + new URLSearchParams({ size: '50x30', format: 'pdf' })),
      text: t('certs.label') })];
}

function actions(c, role, reload) {
  const steps = stepsFor(role, c.state);
  if (!steps.length) return [t('certs.none')];
  const form = element('form', { class: 'row certificate-step' },
    element('input', { name: 'reason', required: true, maxlength: 2000, placeholder: t('certs.reason'),
      'aria-label': t('certs.reason') }),
    ...steps.map((s) => element('button', { value: s, 'data-step': s, text: t('certs.' + s),
      class: s === 'REVOKE' ? 'secondary' : null })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const { data } = await call('api/certificates/' + encodeURIComponent(c.number) + '/steps',
        { method: 'POST', json: { action: event.submitter.value, reason: form.elements.reason.value } });
      await reload();
      say($('#message'), t('certs.done', { number: c.number, state: t('certificate.' + data.state) }));
    } catch (e) {
      showProblem($('#message'), e);
    }
  });
  return [form];
}

function surveyed(c, role) {
  const cell = element('td', { 'data-label': t('certs.surveillanceTitle'), class: 'surveillance-cell' });
  surveillance(c, role, cell).catch((e) => showProblem($('#message'), e));
  return cell;
}

start(async (me) => {
  const show = async () => {
    const { data } = await call('api/certificates?size=100');
    const cell = (label, ...content) => element('td', { 'data-label': t(label) }, ...content);
    $('#certificates tbody').replaceChildren(...(data.length ? data.map((c) => element('tr', { 'data-number': c.number },
      cell('certs.number', c.number),
      cell('certs.product', c.productName + ' v' + c.versionNumber),
      cell('certs.holder', c.holderName),
      cell('certs.state', element('span', { class: 'status ' + (c.state === 'ACTIVE' ? 'certified' : 'not_certified'),
        text: t('certificate.' + c.state) }), c.reason ? element('small', { text: c.reason }) : null, ...renewal(c)),
      element('td', { class: 'number', 'data-label': t('certs.footprint'), text: number(c.totalKgCo2e) + ' kg CO2e' }),
      cell('certs.validUntil', c.validUntil ? date(c.validUntil) : '—'),
      cell('certs.documents', ...documents(c.number)),
      cell('certs.actions', ...actions(c, me.role, show)),
      surveyed(c, me.role)))
      : [element('tr', {}, element('td', { colspan: 9, text: t('certs.empty') }))]));
  };
  try {
    await show();
  } catch (e) {
    showProblem($('#message'), e);
  }
});
