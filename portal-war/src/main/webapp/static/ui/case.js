// One certification case as its certifier sees it: the facts, the steps the user's role and the separation of
// duties leave open (a refused one says which rule refused it), the frozen version's result with the exporter's
// charts and line trail, the secondary data that drive it, the evidence shown in the page, what changed since the
// previous submission, questions and comments on a line, a factor or a document, and the history.
import { call, url } from './api.js';
import * as charts from './charts.js';
import { history } from './certification.js';
import { show as showComparison } from './compare.js';
import { headline, lineRows } from './footprint.js';
import { t, number, percent, dateTime } from './i18n.js';
import { element, param, say, showProblem, start } from './shell.js';

const $ = (selector) => document.querySelector(selector);
const id = param('id');
let application = null;
let etag = null;
let about = { topic: 'CASE', ref: null }; // what a question or comment is about, chosen with "ask about this"

const REASONED = ['RETURN_INCOMPLETE', 'FAIL', 'SEND_BACK', 'REJECT'];

function aboutText() {
  return t('case.about' + about.topic, { ref: about.ref });
}

/** Makes the next question or comment about {@code topic} {@code ref}, and brings the form into view. */
function ask(topic, ref) {
  about = { topic, ref };
  for (const e of document.querySelectorAll('.about')) e.textContent = aboutText();
  const form = $('#step-forms form[data-action=REQUEST_CLARIFICATION]') || $('#comment');
  form.scrollIntoView({ block: 'center' });
  form.elements.text.focus();
}

const askButton = (topic, ref, label = t('case.ask')) => element('button', { type: 'button', class: 'secondary ask',
  text: label, 'data-topic': topic, 'data-ref': ref, onclick: () => ask(topic, ref) });

/** A refused step in the page's words: the workflow rule that refused it, else the portal's problem. */
function showRefusal(target, e) {
  const rule = /workflow\/([a-z-]+)$/.exec(e.type || '');
  const key = rule ? 'rule.' + rule[1].toUpperCase().replaceAll('-', '_') : null;
  if (e.status === 412) say(target, t('case.stale'), true);
  else if (key && t(key) !== key) say(target, t('case.refused', { rule: t(key) }), true);
  else showProblem(target, e);
}

function caseFacts(a) {
  const rows = [
    ['case.holder', a.applicantName],
    ['case.version', a.productName + ' v' + a.versionNumber],
    ['case.state', t('application.' + a.state)],
    ['case.awaiting', a.awaiting ? t('role.' + a.awaiting) : '—'],
    ['case.round', String(a.round)],
    ['case.opened', dateTime(a.createdAt) + ' — ' + a.createdBy],
    ['case.snapshot', a.snapshotSha256 || '—'],
  ];
  if (a.renews) rows.splice(2, 0, ['case.renews', a.renews]);
  $('#case-facts').replaceChildren(...rows.flatMap(([k, v]) => [element('dt', { text: t(k) }),
    element('dd', { text: v })]));
  const s = a.statement;
  $('#statement-section').hidden = !s;
  if (s) {
    $('#statement').textContent = t('statement.issued', { assurance: t('statement.' + s.assurance),
      opinion: t('statement.' + s.opinion), materiality: number(s.materialityPercent), by: s.issuedBy,
      at: dateTime(s.issuedAt), text: s.text });
  }
}

function field(key, control) {
  return element('label', {}, t(key), control);
}

/** The inputs a step carries: a reason, a question, a statement, a validity; none for accepting or passing. */
function stepFields(action) {
  if (REASONED.includes(action)) {
    return [field('case.reason', element('textarea', { name: 'reason', rows: 2, required: true, maxlength: 2000 }))];
  }
  switch (action) {
    case 'REQUEST_CLARIFICATION':
      return [element('p', {}, t('case.about') + ': ', element('strong', { class: 'about', text: aboutText() })),
        field('case.question', element('textarea', { name: 'text', rows: 3, required: true, maxlength: 4000 }))];
    case 'ISSUE_STATEMENT':
      return [
        field('statement.assurance', element('select', { name: 'assurance' },
          ...['REASONABLE', 'LIMITED'].map((v) => element('option', { value: v, text: t('statement.' + v) })))),
        field('statement.criteria', element('input', { name: 'criteria', required: true, maxlength: 1000,
          value: 'ISO 14067:2018; GB/T 24067-2024' })),
        field('statement.materiality', element('input', { name: 'materiality', type: 'number', min: 0.1, max: 100,
          step: 'any', value: 5, required: true, class: 'amount' })),
        field('statement.opinion', element('select', { name: 'opinion' },
          ...['UNMODIFIED', 'MODIFIED'].map((v) => element('option', { value: v, text: t('statement.' + v) })))),
        field('statement.text', element('textarea', { name: 'text', rows: 3, required: true, maxlength: 4000 }))];
    case 'APPROVE':
      return [field('case.reason', element('textarea', { name: 'reason', rows: 2, required: true, maxlength: 2000 })),
        field('case.validUntil', element('input', { name: 'validUntil', type: 'date' }))];
    case 'PASS_REVIEW':
    case 'START_REVIEW':
      return [field('case.note', element('textarea', { name: 'text', rows: 2, maxlength: 4000 }))];
    default:
      return [];
  }
}

function stepBody(action, form) {
  const v = Object.fromEntries(new FormData(form));
  const body = { action };
  if (v.reason) body.reason = v.reason;
  if (action === 'ISSUE_STATEMENT') {
    body.statement = { assurance: v.assurance, criteria: v.criteria, materialityPercent: Number(v.materiality),
      opinion: v.opinion, text: v.text };
  } else if (v.text) {
    body.text = v.text;
  }
  if (action === 'REQUEST_CLARIFICATION') Object.assign(body, { topic: about.topic, topicRef: about.ref });
  if (v.validUntil) body.validUntil = new Date(v.validUntil + 'T23:59:59Z').toISOString();
  return body;
}

/** One form per step open to the user; none, with the reason, when the case is not theirs to move. */
function steps(a) {
  const message = $('#step-message');
  const open = a.yourSteps.filter((s) => s !== 'WITHDRAW');
  const forms = open.map((action, index) => {
    const fields = stepFields(action);
    const form = element('form', { class: 'step', 'data-action': action }, ...fields,
      element('button', { text: t('action.' + action),
        class: ['REJECT', 'FAIL', 'RETURN_INCOMPLETE', 'SEND_BACK'].includes(action) ? 'secondary' : null }));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const r = await call('api/applications/' + id + '/steps', { method: 'POST', json: stepBody(action, form),
          etag });
        await load();
        say($('#step-message'), t('case.done', { state: t('application.' + r.data.state) }));
      } catch (e) {
        showRefusal($('#step-message'), e);
      }
    });
    // a step with something to fill in folds away, the first open: the page shows what to do, not every form at once
    return fields.length
      ? element('details', { class: 'step card', 'data-action': action, open: index === 0 },
        element('summary', { text: t('action.' + action) }), form)
      : element('div', { class: 'step card' }, form);
  });
  let why = null;
  if (!forms.length) {
    if (a.keptOffBy) why = t('case.keptOff', { rule: t('rule.' + a.keptOffBy) });
    else if (a.awaiting) why = t('case.noSteps', { role: t('role.' + a.awaiting) });
    else why = t('case.finished');
  }
  $('#step-forms').replaceChildren(...forms, ...(why ? [element('p', { id: 'no-steps', text: why })] : []));
  message.textContent = '';
}

function resultFacts(summary) {
  const boundary = summary.systemBoundary === 'custom'
    ? summary.boundaryStages.map((s) => t('stage.' + s)).join(', ')
    : t('boundary.' + summary.systemBoundary);
  const rows = [
    ['result.gwpSet', summary.gwpSet],
    ['result.boundary', boundary],
    ['result.primaryShare', percent(summary.primaryDataShare)],
    ['result.dataQuality', summary.dataQualityRating.overall === null
      ? t('result.unrated', { coverage: percent(summary.dataQualityRating.coverage) })
      : t('result.rated', { overall: number(summary.dataQualityRating.overall, 2),
        coverage: percent(summary.dataQualityRating.coverage) })],
  ];
  $('#facts').replaceChildren(...rows.flatMap(([k, v]) => [element('dt', { text: t(k) }), element('dd', { text: v })]));
}

/** The largest lines on published (secondary) factors: where the exporter's primary data would matter most. */
function drivers(result) {
  const total = result.lines.reduce((sum, l) => sum + l.kgCo2e, 0);
  const top = result.lines.filter((l) => !l.primaryData && l.factor)
    .sort((a, b) => b.kgCo2e - a.kgCo2e).slice(0, 5);
  $('#drivers tbody').replaceChildren(...top.map((l) => element('tr', {},
    element('td', { 'data-label': t('result.line'), text: l.line }),
    element('td', { 'data-label': t('result.source'), text: l.factor }),
    element('td', { class: 'number', 'data-label': t('result.kgCo2e'), text: number(l.kgCo2e) }),
    element('td', { class: 'number', 'data-label': t('case.share'), text: total ? percent(l.kgCo2e / total) : '—' }))));
}

async function showResult() {
  const [{ data: result }, { data: model }] = await Promise.all([
    call('api/applications/' + id + '/result'), call('api/applications/' + id + '/model')]);
  headline(result);
  resultFacts(result);
  await document.fonts.ready;
  charts.stages('stages-chart', result);
  charts.pareto('pareto-chart', result);
  charts.tree('tree-chart', model, result);
  drivers(result);
  $('#lines tbody').replaceChildren(...lineRows(result.lines, (l) => [askButton('BOM_LINE', l.line),
    l.factor ? askButton('FACTOR', l.factor, t('case.aboutFACTOR', { ref: '' }).trim()) : null]));
  return result;
}

async function reproduce() {
  const target = $('#reproduce-message');
  say(target, t('loading'));
  try {
    const { data: result } = await call('api/applications/' + id + '/result');
    const datasets = [...new Set(result.lines.map((l) => l.source?.dataset && l.source.dataset + ' '
      + (l.source.version || '')).filter((d) => d))].join(', ');
    say(target, t('case.reproduces', { total: number(result.total), datasets }));
  } catch (e) {
    if (e.status === 409) say(target, t('case.notReproduces', { detail: e.message }), true);
    else showProblem(target, e);
  }
}

/** A document shown in the page: a PDF in a frame, an image as it is, a spreadsheet as a table. */
async function viewer(d) {
  const src = url('api/applications/' + id + '/evidence/' + d.id);
  if (d.contentType === 'application/pdf') {
    return element('iframe', { class: 'evidence-view', src, title: d.fileName });
  }
  if (d.contentType.startsWith('image/')) return element('img', { class: 'evidence-view', src, alt: d.fileName });
  try {
    const { data: table } = await call('api/applications/' + id + '/evidence/' + d.id + '/table');
    return element('div', { class: 'evidence-table' },
      element('table', {}, element('tbody', {}, ...table.rows.map((r) => element('tr', {},
        ...r.map((c) => element('td', { text: c })))))),
      table.cut ? element('p', { class: 'help', text: t('case.tableCut') }) : null);
  } catch (e) {
    const p = element('p');
    showProblem(p, e);
    return p;
  }
}

async function evidence() {
  const { data } = await call('api/applications/' + id + '/evidence');
  if (!data.length) {
    $('#evidence').replaceChildren(element('p', { text: t('case.noEvidence') }));
    return;
  }
  const boxes = [];
  for (const d of data) {
    boxes.push(element('article', { class: 'card evidence', 'data-document': d.id },
      element('p', { class: 'row' }, element('strong', { text: d.fileName }),
        element('span', { text: t('case.uploadedBy', { by: d.uploadedBy, at: dateTime(d.uploadedAt) }) }),
        d.description ? element('span', { text: '— ' + d.description }) : null,
        element('a', { href: url('api/applications/' + id + '/evidence/' + d.id), download: d.fileName,
          text: t('case.download') }),
        askButton('EVIDENCE', String(d.id))),
      await viewer(d)));
  }
  $('#evidence').replaceChildren(...boxes);
}

async function comparison(a) {
  if (a.round < 2) {
    $('#comparison').replaceChildren(element('p', { text: t('case.firstSubmission') }));
    return;
  }
  showComparison((await call('api/applications/' + id + '/diff')).data);
}

/** What changed since the product's previous calculated version (204: this is its first). */
async function sincePrevious() {
  const { data, status } = await call('api/applications/' + id + '/since-previous-version');
  if (status === 204 || !data) {
    $('#previous-comparison').replaceChildren(element('p', { text: t('case.firstVersion') }));
    return;
  }
  $('#previous-versions').textContent = t('case.sincePreviousVersions', { from: data.from, to: data.to });
  showComparison(data.comparison, $('#previous-comparison'));
}

async function messages() {
  const { data } = await call('api/applications/' + id + '/messages');
  const named = (m) => (m.topic === 'CASE' || !m.topicRef ? null : t('case.about' + m.topic, { ref: m.topicRef }));
  $('#messages').replaceChildren(...(data.length ? data.map((m) => element('li', { 'data-topic': m.topic },
    element('strong', { text: m.author + ' (' + t('role.' + m.authorRole) + ', ' + dateTime(m.createdAt) + ')' }),
    named(m) ? ' — ' + named(m) : '', element('div', { text: m.text })))
    : [element('li', { text: t('case.noMessages') })]));
}

async function load() {
  const r = await call('api/applications/' + id);
  application = r.data;
  etag = r.etag;
  $('#title').textContent = t('case.title', { id }) + ' — ' + application.productName;
  document.title = application.productName + ' — ' + t('brand');
  caseFacts(application);
  steps(application);
  await Promise.all([messages(), history(id)]);
}

start(async (me) => {
  try {
    await load();
    const comment = $('#comment');
    comment.hidden = me.role === 'SUPERVISOR';
    for (const e of document.querySelectorAll('.about')) e.textContent = aboutText();
    comment.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await call('api/applications/' + id + '/messages', { method: 'POST',
          json: { topic: about.topic, topicRef: about.ref, text: comment.elements.text.value } });
        comment.reset();
        await messages();
        say($('#comment-message'), t('saved'));
      } catch (e) {
        showRefusal($('#comment-message'), e);
      }
    });
    $('#reproduce').addEventListener('click', reproduce);
    await showResult();
    await Promise.all([evidence(), comparison(application), sincePrevious()]);
  } catch (e) {
    showProblem($('#message'), e);
  }
});
