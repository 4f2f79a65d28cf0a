// An exporter's customers and suppliers as PACT API clients: register one (its secret is shown once), choose the
// products whose footprints it sees, register where it takes events, disable it, ask a supplier for footprints, and
// read the events received — importing a footprint a supplier sent as primary data.
import { call } from './api.js';
import { t, dateTime } from './i18n.js';
import { element, say, showProblem, start } from './shell.js';

const $ = (selector) => document.querySelector(selector);
const TYPE = (type) => t('customers.type.' + type.replace(/^.*ProductFootprint\./, '').replace(/\.\d+$/, ''));
let clientNames = {};

function credentials(r) {
  const box = $('#credentials');
  box.hidden = false;
  box.replaceChildren(element('h2', { text: t('customers.credentials', { name: r.client.name }) }),
    element('p', { class: 'help', text: t('customers.secretOnce') }),
    element('dl', { class: 'facts' },
      element('dt', { text: t('customers.clientId') }), element('dd', {}, element('code', { text: r.clientId })),
      element('dt', { text: t('customers.secret') }), element('dd', {}, element('code', { id: 'secret', text: r.clientSecret })),
      element('dt', { text: t('customers.api') }),
      element('dd', {}, element('code', { id: 'api-url', text: r.apiUrl }))));
}

function grants(c, products, reload) {
  const form = element('form', { class: 'grants' },
    ...products.map((p) => element('label', { class: 'inline' },
      element('input', { type: 'checkbox', name: 'product', value: p.id, checked: c.productIds.includes(p.id) }),
      p.name)),
    element('button', { text: t('customers.saveGrants') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const ids = [...form.querySelectorAll('input:checked')].map((i) => Number(i.value));
    try {
      await call('api/pact-clients/' + c.id + '/products', { method: 'PUT', json: { productIds: ids } });
      await reload();
      say($('#message'), t('customers.granted', { name: c.name, count: ids.length }));
    } catch (e) {
      showProblem($('#message'), e);
    }
  });
  return form;
}

function events(c, reload) {
  const form = element('form', { class: 'row events' },
    element('input', { name: 'url', type: 'url', value: c.eventsUrl || '', placeholder: 'https://…/api/pact',
      'aria-label': t('customers.eventsUrl') }),
    element('input', { name: 'clientId', placeholder: t('customers.theirClientId'), 'aria-label': t('customers.theirClientId') }),
    element('input', { name: 'clientSecret', type: 'password', placeholder: t('customers.theirSecret'),
      'aria-label': t('customers.theirSecret') }),
    element('button', { text: t('customers.saveEvents') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const f = form.elements;
    try {
      await call('api/pact-clients/' + c.id + '/events', { method: 'PUT',
        json: { url: f.url.value || null, clientId: f.clientId.value, clientSecret: f.clientSecret.value } });
      await reload();
      say($('#message'), t('customers.eventsSaved', { name: c.name }));
    } catch (e) {
      showProblem($('#message'), e);
    }
  });
  return form;
}

function ask(c) {
  const form = element('form', { class: 'row ask' },
    element('input', { name: 'productId', required: true, placeholder: 'urn:gtin:…', 'aria-label': t('customers.askFor') }),
    element('button', { class: 'secondary', text: t('customers.ask') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await call('api/pact-clients/' + c.id + '/requests', { method: 'POST',
        json: { productId: [form.elements.productId.value.trim()] } });
      say($('#message'), t('customers.asked', { name: c.name }));
    } catch (e) {
      showProblem($('#message'), e);
    }
  });
  return form;
}

async function clients() {
  const [{ data: list }, { data: products }] = await Promise.all([call('api/pact-clients'),
    call('api/products?size=100')]);
  clientNames = Object.fromEntries(list.map((c) => [c.id, c.name]));
  const reload = () => clients();
  $('#clients').replaceChildren(...list.map((c) => {
    const toggle = element('button', { type: 'button', class: 'secondary', text: t(c.enabled ? 'admin.disable' : 'admin.enable'),
      onclick: async () => {
        try {
          await call('api/pact-clients/' + c.id + '/status', { method: 'PUT', json: { enabled: !c.enabled } });
          await reload();
        } catch (e) {
          showProblem($('#message'), e);
        }
      } });
    return element('section', { class: 'card client', 'data-client': c.id },
      element('h2', {}, c.name, ' ', element('span', { class: 'status ' + (c.enabled ? 'certified' : 'not_certified'),
        text: t(c.enabled ? 'admin.active' : 'admin.inactive') })),
      element('p', { class: 'help' }, t('customers.clientId') + ': ', element('code', { text: c.clientId }), ' ', toggle),
      element('h3', { text: t('customers.sees') }), grants(c, products.items, reload),
      element('h3', { text: t('customers.eventsTitle') }), element('p', { class: 'help', text: t('customers.eventsHelp') }),
      events(c, reload), c.eventsUrl ? ask(c) : null);
  }));
}

function what(e) {
  const d = e.event.data || {};
  if (d.pfs) return t('customers.footprints', { count: d.pfs.length });
  if (d.pfIds) return d.pfIds.join(', ');
  if (d.error) return d.error.code + ': ' + d.error.message;
  return JSON.stringify(d.productId || d.pf || {});
}

async function received() {
  const { data } = await call('api/pact-events');
  const cell = (label, ...content) => element('td', { 'data-label': t(label) }, ...content);
  $('#received tbody').replaceChildren(...(data.length ? data.map((e) => element('tr', { 'data-event': e.eventId },
    cell('customers.when', dateTime(e.receivedAt)), cell('customers.from', clientNames[e.clientId] || '#' + e.clientId),
    cell('customers.type', TYPE(e.type)), cell('customers.what', what(e)),
    element('td', {}, e.event.data && e.event.data.pfs ? element('button', { type: 'button', text: t('customers.import'),
      onclick: async () => {
        try {
          const { data: imported } = await call('api/pact-events/' + e.clientId + '/' + encodeURIComponent(e.eventId)
            + '/import', { method: 'POST' });
          say($('#message'), t('customers.imported', { name: imported.factor.name, id: imported.factor.id }));
        } catch (err) {
          showProblem($('#message'), err);
        }
      } }) : null)))
    : [element('tr', {}, element('td', { colspan: 5, text: t('customers.none') }))]));
}

start(async () => {
  const form = $('#register');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const { data } = await call('api/pact-clients', { method: 'POST', json: { name: form.elements.name.value } });
      form.reset();
      credentials(data);
      await clients();
    } catch (e) {
      showProblem($('#message'), e);
    }
  });
  try {
    await clients();
    await received();
  } catch (e) {
    showProblem($('#message'), e);
  }
});
