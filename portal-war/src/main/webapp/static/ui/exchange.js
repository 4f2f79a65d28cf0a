// A product's PCF exchange on its page: what the exporter declares for its customers in the PACT format (mass per
// declared unit, product ids, geography, carbon content) and the footprints published from its certificates. The
// portal checks every value against the specification and names the field it refuses.
import { call } from './api.js';
import { t, dateTime } from './i18n.js';
import { element, say, showProblem } from './shell.js';

const $ = (selector) => document.querySelector(selector);
const lines = (text) => text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);

function showFootprints(footprints) {
  const table = $('#footprints');
  table.hidden = !footprints.length;
  const cell = (label, ...content) => element('td', { 'data-label': t(label) }, ...content);
  table.querySelector('tbody').replaceChildren(...footprints.slice().reverse().map((f) => element('tr', {},
    cell('exchange.footprintId', element('code', { text: f.id })),
    cell('exchange.certificate', f.certificateNumber),
    cell('exchange.created', dateTime(f.created)),
    cell('exchange.state', element('span', { class: 'status ' + (f.supersededBy ? 'not_certified' : 'certified'),
      text: f.supersededBy ? t('exchange.replaced') : t('exchange.current') })))));
}

/** Shows the product's exchange and lets an exporter declare it. */
export async function setup(productId, exporter) {
  const form = $('#exchange-profile');
  const { data } = await call('api/products/' + productId + '/exchange');
  if (data.profile) {
    const p = data.profile;
    form.elements.productMassPerDeclaredUnit.value = p.productMassPerDeclaredUnit;
    form.elements.geography.value = p.geography;
    form.elements.fossilCarbonContent.value = p.fossilCarbonContent;
    form.elements.biogenicCarbonContent.value = p.biogenicCarbonContent || '';
    form.elements.productIds.value = p.productIds.join('\n');
    form.elements.productClassifications.value = (p.productClassifications || []).join('\n');
  }
  showFootprints(data.footprints);
  for (const control of form.elements) control.disabled = !exporter;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const f = form.elements;
    try {
      const { data: saved } = await call('api/products/' + productId + '/exchange', { method: 'PUT', json: {
        productMassPerDeclaredUnit: f.productMassPerDeclaredUnit.value.trim(),
        geography: f.geography.value.trim(),
        fossilCarbonContent: f.fossilCarbonContent.value.trim(),
        biogenicCarbonContent: f.biogenicCarbonContent.value.trim() || null,
        productIds: lines(f.productIds.value),
        productClassifications: lines(f.productClassifications.value) } });
      showFootprints(saved.footprints);
      say($('#exchange-message'), saved.footprints.length
        ? t('exchange.published', { count: saved.footprints.length }) : t('exchange.savedNoCertificate'));
    } catch (e) {
      showProblem($('#exchange-message'), e);
    }
  });
}
