// The certificates a certifier, the scheme's administrator or the supervisor may see: status, validity, the
// public page, the PDF and labels, and the status steps the user may take (suspend and reinstate for the issuing
// body's decision-makers and the administrator, revoke for the body), each with its reason.
import { call, url } from './api.js';
import { t, number, date } from './i18n.js';
import { element, say, showProblem, start } from './shell.js';

const $ = (selector) => document.querySelector(selector);

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

start(async (me) => {
  const show = async () => {
    const { data } = await call('api/certificates?size=100');
    const cell = (label, ...content) => element('td', { 'data-label': t(label) }, ...content);
    $('#certificates tbody').replaceChildren(...(data.length ? data.map((c) => element('tr', { 'data-number': c.number },
      cell('certs.number', c.number),
      cell('certs.product', c.productName + ' v' + c.versionNumber),
      cell('certs.holder', c.holderName),
      cell('certs.state', element('span', { class: 'status ' + (c.state === 'ACTIVE' ? 'certified' : 'not_certified'),
        text: t('certificate.' + c.state) }), c.reason ? element('small', { text: c.reason }) : null),
      element('td', { class: 'number', 'data-label': t('certs.footprint'), text: number(c.totalKgCo2e) + ' kg CO2e' }),
      cell('certs.validUntil', c.validUntil ? date(c.validUntil) : '—'),
      cell('certs.documents', ...documents(c.number)),
      cell('certs.actions', ...actions(c, me.role, show))))
      : [element('tr', {}, element('td', { colspan: 8, text: t('certs.empty') }))]));
  };
  try {
    await show();
  } catch (e) {
    showProblem($('#message'), e);
  }
});
