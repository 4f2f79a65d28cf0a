// The product's certification from the exporter's side: where its application stands, the certificate with its
// public verification page and PDF, submitting a calculated version to a certification body (or renewing), and
// answering a verifier's question with a new version if the answer changes the model.
import { call } from './api.js';
import { t, date, dateTime } from './i18n.js';
import { element, say, showProblem } from './shell.js';

const $ = (selector) => document.querySelector(selector);

function options(select, items, chosen) {
  select.replaceChildren(...items.map(([value, text]) => element('option', { value, text, selected: value === chosen })));
}

function state(progress) {
  const parts = [];
  if (progress.application) {
    parts.push(element('p', { text: t('cert.application', { id: progress.application.id,
      state: t('application.' + progress.application.state) }) }));
  }
  const c = progress.certificate;
  if (c) {
    parts.push(element('p', {}, t('cert.certificate', { number: c.number, state: t('certificate.' + c.state),
      until: c.validUntil ? date(c.validUntil) : '—' }), ' ',
    element('a', { href: '../verify.html?n=' + encodeURIComponent(c.number), text: t('cert.publicPage') }), ' · ',
    element('a', { href: '../api/public/certificates/' + encodeURIComponent(c.number) + '/pdf',
      text: t('cert.pdf') }), ' · ', t('cert.labels'), ' ',
    ...[['50x30', 'pdf'], ['100x60', 'pdf'], ['50x30', 'png'], ['50x30', 'svg']].flatMap(([size, format]) => [
      element('a', { href: '../api/public/certificates/' + encodeURIComponent(c.number) + '/label?'
        + new URLSearchParams({ size, format }), text: size + ' mm ' + format.toUpperCase() }), ' '])));
  }
  if (!parts.length) parts.push(element('p', { text: t('cert.none') }));
  $('#certification-state').replaceChildren(...parts);
}

/** The messages of the case, oldest first; a document one names opens from the product's evidence. */
async function messages(productId, applicationId) {
  const { data } = await call('api/applications/' + applicationId + '/messages');
  const about = (m) => (m.topic === 'EVIDENCE'
    ? element('a', { href: '../api/products/' + productId + '/evidence/' + encodeURIComponent(m.topicRef),
      text: t('cert.document') })
    : m.topicRef);
  $('#case-messages').replaceChildren(...data.map((m) => element('li', {},
    element('strong', { text: m.author + ' (' + dateTime(m.createdAt) + ')' }),
    m.topicRef ? ' — ' : '', m.topicRef ? about(m) : '', element('div', { text: m.text }))));
}

/**
 * The draft application to submit: the product's open draft if it is for this version and body, else a new one
 * (an open draft for another choice is withdrawn first, so that one product has one application under way).
 */
async function draft(productId, progress, version, body) {
  const open = progress.application && progress.application.state === 'DRAFT' ? progress.application : null;
  if (open) {
    const { data } = await call('api/applications/' + open.id);
    if (data.versionNumber === version && data.certificationBodyId === body) return open.id;
    await call('api/applications/' + open.id + '/steps', { method: 'POST', json: { action: 'WITHDRAW' } });
  }
  const { data } = await call('api/applications', { method: 'POST', json: { productId: Number(productId),
    versionNumber: version, certificationBodyId: body,
    renews: progress.nextStep === 'RENEW' ? progress.certificate.number : null } });
  return data.id;
}

/** The application's history, oldest first, each step in the chosen language (the log's words where none). */
export async function history(applicationId) {
  const { data } = await call('api/applications/' + applicationId + '/history');
  $('#history ol').replaceChildren(...data.map((e) => {
    const key = 'history.' + e.step;
    const said = e.step && t(key) !== key ? t(key) : e.action;
    return element('li', { text: dateTime(e.at) + ' — ' + e.actor + ': ' + said });
  }));
  $('#history').hidden = false;
}

/** Shows the section for a product whose progress (GET api/products/{id}/progress) and versions are given. */
export async function setup(productId, progress, versions, exporter, reload) {
  state(progress);
  if (progress.application) await history(progress.application.id);
  const versionItems = versions.map((v) => [String(v.number), 'v' + v.number]).reverse();
  const message = $('#certification-message');
  const submit = $('#submit');
  submit.hidden = !exporter || !['SUBMIT', 'RENEW'].includes(progress.nextStep);
  if (!submit.hidden) {
    const { data: bodies } = await call('api/certification-bodies');
    options(submit.elements.body, bodies.map((b) => [String(b.id), b.legalName]));
    options(submit.elements.version, versionItems, progress.lastFootprint && String(progress.lastFootprint.version));
    submit.onsubmit = async (event) => {
      event.preventDefault();
      try {
        const application = await draft(productId, progress, Number(submit.elements.version.value),
          Number(submit.elements.body.value));
        await call('api/applications/' + application + '/steps', { method: 'POST', json: { action: 'SUBMIT' } });
        say(message, t('cert.submitted'));
        await reload();
      } catch (e) {
        showProblem(message, e);
      }
    };
  }
  const clarification = $('#clarification');
  clarification.hidden = progress.nextStep !== 'ANSWER_CLARIFICATION';
  if (!clarification.hidden) {
    await messages(productId, progress.application.id);
    const respond = $('#respond');
    options(respond.elements.version, [['', t('cert.sameVersion')], ...versionItems]);
    respond.onsubmit = async (event) => {
      event.preventDefault();
      const body = { action: 'RESPOND', text: respond.elements.text.value };
      if (respond.elements.version.value) body.versionNumber = Number(respond.elements.version.value);
      try {
        // a document goes to the product's evidence first; the answer names it, for the verifier to open
        const file = respond.elements.document.files[0];
        if (file) {
          const form = new FormData();
          form.append('file', file);
          form.append('description', t('cert.evidenceFor', { id: progress.application.id }));
          const { data: document } = await call('api/products/' + productId + '/evidence', { method: 'POST', form });
          Object.assign(body, { topic: 'EVIDENCE', topicRef: String(document.id) });
        }
        await call('api/applications/' + progress.application.id + '/steps', { method: 'POST', json: body });
        say(message, t('cert.answered'));
        await reload();
      } catch (e) {
        showProblem(message, e);
      }
    };
  }
}
