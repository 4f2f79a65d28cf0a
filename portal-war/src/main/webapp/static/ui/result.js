// A calculated footprint: the total per declared unit with its fossil / biogenic / land-use split, how it was
// calculated (GWP set, boundary, pinned datasets), the charts, and every line of the trail with its source.
import { call } from './api.js';
import * as charts from './charts.js';
import * as monteCarlo from './monte-carlo.js';
import { headline, lineRows } from './footprint.js';
import { t, number, percent, dateTime } from './i18n.js';
import { element, param, showProblem, start } from './shell.js';

const $ = (selector) => document.querySelector(selector);

function facts(calculation, summary) {
  const datasets = Object.entries(calculation.datasetVersions).map(([k, v]) => k + ' ' + v).join(', ');
  const boundary = summary.systemBoundary === 'custom'
    ? summary.boundaryStages.map((s) => t('stage.' + s)).join(', ')
    : t('boundary.' + summary.systemBoundary);
  const rows = [
    ['result.gwpSet', summary.gwpSet],
    ['result.boundary', boundary],
    ['result.datasets', datasets],
    ['result.version', 'v' + calculation.version],
    ['result.calculatedAt', dateTime(calculation.calculatedAt) + ' — ' + calculation.calculatedBy],
    ['result.primaryShare', percent(summary.primaryDataShare)],
    ['result.electricity', t('result.electricityBases', {
      location: number(summary.electricity.locationBasedKgCo2e), market: number(summary.electricity.marketBasedKgCo2e),
      used: t('result.basis.' + summary.electricity.usedInTotal) })],
    ['result.dataQuality', summary.dataQualityRating.overall === null
      ? t('result.unrated', { coverage: percent(summary.dataQualityRating.coverage) })
      : t('result.rated', { overall: number(summary.dataQualityRating.overall, 2),
        coverage: percent(summary.dataQualityRating.coverage) })],
  ];
  $('#facts').replaceChildren(...rows.flatMap(([k, v]) => [element('dt', { text: t(k) }), element('dd', { text: v })]));
  const notes = summary.warnings || [];
  $('#warnings').replaceChildren(...(notes.length
    ? [element('h3', { text: t('result.warnings') }), element('ul', {}, ...notes.map((w) => element('li', { text: w })))]
    : []));
}

/** A spreadsheet cell that cannot run as a formula when opened (=, +, -, @ and control characters are quoted). */
function csvCell(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\n\r]/.test(text) ? '"' + text.replaceAll('"', '""') + '"' : text;
}

function exportCsv(result, name) {
  const header = ['line', 'part', 'activity', 'stage', 'amount', 'unit', 'factor', 'factor_kg_co2e_per_unit',
    'factor_unit', 'dataset', 'dataset_version', 'region', 'year', 'licence', 'gwp_set', 'kg_co2e'];
  const rows = result.lines.map((l) => [l.line, l.part, l.activity, l.stage, l.amount, l.unit, l.factor,
    l.factorKgCo2ePerUnit, l.factorUnit, l.source?.dataset, l.source?.version, l.source?.region, l.source?.year,
    l.source?.licence, l.gwpSet, l.kgCo2e]);
  const text = '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const link = element('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' })),
    download: name.replace(/[^\p{L}\p{N}._-]+/gu, '-') + '-lines.csv' });
  link.click();
  URL.revokeObjectURL(link.href);
}

start(async (me) => {
  try {
    const id = param('calculation');
    const { data: calculation } = await call('api/calculations/' + id);
    const summary = calculation.summary;
    $('#title').textContent = summary.product;
    document.title = summary.product + ' — ' + t('result.title');
    $('#back').href = 'product.html?id=' + calculation.productId;
    headline(summary);
    facts(calculation, summary);
    await document.fonts.ready;
    charts.stages('stages-chart', summary);
    charts.pareto('pareto-chart', summary);
    charts.flow('flow-chart', summary);
    await monteCarlo.setup(calculation, me.role === 'EXPORTER');
    const [version, result] = await Promise.all([
      call('api/products/' + calculation.productId + '/versions/' + calculation.version),
      call('api/calculations/' + id + '/result')]);
    charts.tree('tree-chart', version.data.model, summary);
    $('#lines tbody').replaceChildren(...lineRows(result.data.lines));
    $('#export').addEventListener('click', () => exportCsv(result.data, summary.product));
    $('#export-xlsx').href = '../api/calculations/' + id + '/result.xlsx';
    $('#export-json').href = '../api/calculations/' + id + '/result';
    $('#export-json').download = 'result-' + id + '.json';
  } catch (e) {
    showProblem($('#message'), e);
  }
});
