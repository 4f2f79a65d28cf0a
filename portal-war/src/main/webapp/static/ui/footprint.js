// A footprint as the pages show it, on the exporter's result page and in the certifier's case alike: the headline
// total with its split and the line trail with every line's source.
import { t, number, unitName } from './i18n.js';
import { element } from './shell.js';

const $ = (selector) => document.querySelector(selector);

/** The total per declared unit and its fossil / biogenic / land-use split, into the page's headline ids. */
export function headline(summary) {
  const unit = summary.declaredUnit.value + ' ' + unitName(summary.declaredUnit.unit);
  $('#total').textContent = number(summary.total);
  $('#per-unit').textContent = t('result.perUnit', { unit });
  $('#fossil').textContent = number(summary.totals.fossil) + ' kg CO2e';
  $('#biogenic').textContent =
    number(summary.totals.biogenicEmissions + summary.totals.biogenicRemovals) + ' kg CO2e';
  $('#land-use').textContent = number(summary.totals.landUseChange) + ' kg CO2e';
}

/**
 * The line trail as table rows: each line's stage, amount, factor with its source, and kg CO2e; {@code more}, if
 * given, adds a last cell to each row (the case page's "ask about this").
 */
export function lineRows(lines, more = null) {
  const cell = (label, text, cls) => element('td', { 'data-label': t(label), text, class: cls });
  return lines.map((l) => element('tr', {},
    cell('result.line', l.line),
    cell('result.stage', t('stage.' + l.stage)),
    cell('result.amount', number(l.amount) + ' ' + unitName(l.unit), 'number'),
    cell('result.factorValue', l.factor ? number(l.factorKgCo2ePerUnit) + ' kg CO2e/' + l.factorUnit : '', 'number'),
    cell('result.source', l.source ? [l.factor,
      l.source.dataset ? l.source.dataset + ' ' + (l.source.version || '') : l.source.source,
      l.source.region, l.source.year, l.source.licence, l.primaryData ? t('result.primaryData') : null]
      .filter((x) => x).join(' · ') : ''),
    cell('result.kgCo2e', number(l.kgCo2e), 'number'),
    more ? element('td', {}, ...more(l)) : null));
}
