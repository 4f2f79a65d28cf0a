// What every workspace page shares: the header (brand, navigation, language, who is signed in), the sign-in form
// when no one is, and small helpers to build elements and show messages and problems.
import { call, url } from './api.js';
import * as i18n from './i18n.js';

const { t } = i18n;

/** An element with attributes (on* as listeners, text as textContent) and children (strings or elements). */
export function element(tag, attributes = {}, ...children) {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') e.textContent = value;
    else if (name.startsWith('on')) e.addEventListener(name.slice(2), value);
    else e.setAttribute(name, value === true ? '' : value);
  }
  e.append(...children.filter((c) => c !== undefined && c !== null));
  return e;
}

export const param = (name) => new URLSearchParams(location.search).get(name);

/** Shows {@code text} in a status element; {@code problem} styles it as an error. */
export function say(target, text, problem = false) {
  target.replaceChildren(text);
  target.className = problem ? 'message problem' : 'message';
}

/** Shows a refused call: its detail and, for each field the portal named, where and what to fix. */
export function showProblem(target, error) {
  if (!error.errors) {
    say(target, t('error.network'), true);
    console.error(error);
    return;
  }
  const fields = error.errors.filter((e) => e.message !== error.message);
  target.replaceChildren(element('span', { text: error.stale ? t('error.stale') : error.message }));
  if (fields.length) {
    target.append(element('ul', {}, ...fields.map((f) => element('li', { text: f.field + ': ' + f.message }))));
  }
  target.className = 'message problem';
}

const BODY_STAFF = ['VERIFIER', 'REVIEWER', 'DECISION_MAKER'];

/**
 * The pages a user of {@code role} works in: an exporter's products; a certifier's queue and certificates; the
 * administrator's console; the supervisor's figures; certificates for all of them.
 */
function links(role) {
  const go = (path, key, id) => element('a', { href: url(path), text: t(key), id });
  if (role === 'EXPORTER') {
    return [go('workspace/index.html', 'nav.dashboard'), go('workspace/customers.html', 'nav.customers')];
  }
  if (BODY_STAFF.includes(role)) {
    return [element('a', { href: url('workbench/index.html'), id: 'nav-queue' }, t('nav.queue'), ' ',
      element('span', { class: 'count', id: 'queue-count', hidden: true })),
    go('workbench/certificates.html', 'nav.certificates')];
  }
  if (role === 'ADMIN') {
    return [go('workbench/admin.html', 'nav.admin'), go('workbench/supervision.html', 'nav.statistics'),
      go('workbench/certificates.html', 'nav.certificates')];
  }
  if (role === 'SUPERVISOR') {
    return [go('workbench/supervision.html', 'nav.statistics'), go('workbench/certificates.html', 'nav.certificates')];
  }
  return role ? [go('workbench/certificates.html', 'nav.certificates')] : [];
}

/** The number of cases waiting in the header, beside the queue's link. */
async function countQueue() {
  const { data } = await call('api/work-queue');
  const count = document.getElementById('queue-count');
  count.textContent = String(data.items.length);
  count.hidden = false;
  count.setAttribute('aria-label', t('nav.queueCount', { count: data.items.length }));
}

function header(me) {
  const select = element('select', { id: 'language', 'aria-label': t('language'),
    onchange: (event) => { i18n.choose(event.target.value); location.reload(); } },
  ...i18n.languages().map((l) => element('option', { value: l, selected: l === i18n.current(),
    text: l === 'zh-CN' ? '中文' : 'English' })));
  const account = me
    ? element('span', { class: 'who' }, element('span', { id: 'who', text: me.displayName || me.login }),
      element('button', { type: 'button', id: 'sign-out', text: t('signOut'), onclick: signOut }))
    : null;
  return element('header', { class: 'shell' },
    element('a', { class: 'brand', href: me ? links(me.role)[0]?.href || url('index.html') : url('index.html'),
      text: t('brand') }),
    element('nav', {}, ...(me ? links(me.role) : []),
      element('a', { href: url('verify.html'), text: t('nav.verify') }),
      element('a', { href: url('api-docs.html'), text: t('nav.api') })),
    element('span', { class: 'tools' }, select, account));
}

async function signOut() {
  await call('api/auth/session', { method: 'DELETE' });
  location.reload();
}

function signInForm() {
  const message = element('p', { role: 'status', class: 'message' });
  const form = element('form', { id: 'sign-in', class: 'card narrow' },
    element('h1', { text: t('signIn.title') }),
    element('label', {}, t('signIn.login'), element('input', { name: 'login', autocomplete: 'username', required: true })),
    element('label', {}, t('signIn.password'),
      element('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    element('button', { text: t('signIn.submit') }),
    element('a', { href: '../reset-password.html', text: t('signIn.forgot') }),
    message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await call('api/auth/session', { method: 'POST', json: Object.fromEntries(new FormData(form)) });
      location.reload();
    } catch (e) {
      showProblem(message, e);
    }
  });
  return form;
}

/**
 * Loads the language, draws the header and calls {@code render(me)} for the signed-in user; without one, shows the
 * sign-in form in place of the page's main content.
 */
export async function start(render) {
  await i18n.load();
  let me = null;
  try {
    me = (await call('api/auth/me')).data;
  } catch (e) {
    me = null;
  }
  document.body.prepend(header(me));
  i18n.translate();
  const main = document.querySelector('main');
  if (!me) {
    main.replaceChildren(signInForm());
    return;
  }
  if (BODY_STAFF.includes(me.role)) countQueue().catch((e) => console.error(e));
  await render(me, main);
}
