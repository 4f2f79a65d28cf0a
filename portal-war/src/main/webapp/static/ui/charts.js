// The result's charts, drawn by Apache ECharts (served from the war as a webjar): the data each chart shows is
// taken from the result as it is; nothing here computes a footprint.
import { t, number, percent } from './i18n.js';

const FONT = getComputedStyle(document.body).fontFamily;
const GREEN = ['#2e6b34', '#4f9a57', '#8cc084', '#c7e2b9', '#1f5a8a', '#6fa3cf', '#c98f2c', '#a4161a'];

function draw(id, option) {
  const chart = window.echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
  chart.setOption({ color: GREEN, textStyle: { fontFamily: FONT }, animation: false, ...option });
  window.addEventListener('resize', () => chart.resize());
  return chart;
}

const kg = (value) => number(value) + ' kg CO2e';

/** Bars per life-cycle stage of the boundary. */
export function stages(id, summary) {
  const keys = summary.boundaryStages;
  return draw(id, {
    grid: { left: 60, right: 20, top: 40, bottom: 40, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: kg },
    xAxis: { type: 'category', data: keys.map((k) => t('stage.' + k)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: 'kg CO2e' },
    series: [{ type: 'bar', name: t('result.kgCo2e'), data: keys.map((k) => summary.byStage[k].total),
      label: { show: true, position: 'top', formatter: (p) => number(p.value, 3) } }],
  });
}

/** DESNZ names read "Metal | Metal: aluminium cans | Primary material production": the middle says what it is. */
function shortName(f) {
  const pieces = f.name.split('|').map((p) => p.trim());
  return pieces.length > 1 ? pieces[1] : f.name;
}

/** Factors by contribution, largest first, with the cumulative share as a line (a Pareto chart). */
export function pareto(id, summary) {
  const factors = [...summary.byFactor].sort((a, b) => b.kgCo2e - a.kgCo2e).slice(0, 15);
  let running = 0;
  const cumulative = factors.map((f) => (running += f.share));
  return draw(id, {
    grid: { left: 60, right: 60, top: 30, bottom: 90, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: factors.map(shortName),
      axisLabel: { interval: 0, rotate: 30, width: 160, overflow: 'truncate' } },
    yAxis: [{ type: 'value', name: 'kg CO2e' },
      { type: 'value', name: t('result.share'), max: 1, axisLabel: { formatter: (v) => percent(v) } }],
    series: [
      { type: 'bar', name: t('result.kgCo2e'), data: factors.map((f) => f.kgCo2e) },
      { type: 'line', name: t('result.share'), yAxisIndex: 1, data: cumulative,
        tooltip: { valueFormatter: (v) => percent(v) } }],
  });
}

/** The bill of materials as a tree, each part with its cumulative footprint per declared unit. */
export function tree(id, model, summary) {
  const parts = new Map(model.parts.map((p) => [p.id, p]));
  const cumulative = new Map(summary.byPart.map((p) => [p.part, p.cumulativeKgCo2e]));
  const node = (partId, depth) => {
    const part = parts.get(partId);
    const value = cumulative.get(partId);
    // each part's share of the whole footprint beside its own cumulative figure
    const label = (part.name || part.id)
      + (value === undefined ? '' : ' — ' + kg(value) + ' (' + percent(value / summary.total) + ')');
    return { name: label, value, children: depth > 8 ? [] : (part.components || [])
      .filter((c) => parts.has(c.part)).map((c) => node(c.part, depth + 1)) };
  };
  return draw(id, {
    tooltip: { trigger: 'item' },
    series: [{ type: 'tree', data: [node(model.rootPart, 0)], top: 20, left: 230, bottom: 20, right: 260,
      symbolSize: 10, initialTreeDepth: 3, label: { position: 'left', verticalAlign: 'middle', align: 'right' },
      leaves: { label: { position: 'right', align: 'left' } } }],
  });
}

/** Where each part's emissions fall: a Sankey from parts to life-cycle stages. */
export function flow(id, summary) {
  const names = new Map(summary.byPart.map((p) => [p.part, p.name || p.part]));
  const links = [];
  for (const [part, byStage] of Object.entries(summary.byPartAndStage)) {
    for (const [stage, value] of Object.entries(byStage)) {
      if (value > 0) links.push({ source: names.get(part) || part, target: t('stage.' + stage), value });
    }
  }
  const nodes = [...new Set(links.flatMap((l) => [l.source, l.target]))].map((name) => ({ name }));
  return draw(id, {
    tooltip: { trigger: 'item', valueFormatter: kg },
    series: [{ type: 'sankey', data: nodes, links, emphasis: { focus: 'adjacency' }, nodeAlign: 'left',
      left: 10, right: 120, lineStyle: { color: 'gradient', curveness: 0.5 } }],
  });
}

/** A Monte Carlo run's histogram of the total, with its 95 % interval and the deterministic footprint marked. */
export function histogram(id, job) {
  const { edges, counts } = job.histogram;
  const width = edges[1] - edges[0];
  const mark = (value, name) => ({ xAxis: value, name, label: { formatter: name + '\n' + number(value, 4) } });
  return draw(id, {
    grid: { left: 50, right: 30, top: 50, bottom: 40, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: 'kg CO2e', min: edges[0], max: edges[edges.length - 1], scale: true,
      axisLabel: { formatter: (v) => number(v, 3) } },
    yAxis: { type: 'value', name: t('mc.runs') },
    series: [{ type: 'bar', name: t('mc.runs'), barWidth: '95%', data: counts.map((c, i) => [edges[i] + width / 2, c]),
      markLine: { symbol: 'none', lineStyle: { color: '#a4161a' }, data: [
        mark(job.total.p2_5, '2.5 %'), mark(job.total.p97_5, '97.5 %'),
        { ...mark(job.deterministicKgCo2e, t('mc.deterministic')), lineStyle: { color: '#1f5a8a', type: 'solid' } }] } }],
  });
}

/**
 * Horizontal bars per category (a body, a product category), one series each, stacked when {@code stack}: the
 * figures come as the portal counted them. The chart grows with the number of categories, so names stay readable.
 */
export function bars(id, categories, series, { axis = '', stack = false, format = (v) => number(v, 3) } = {}) {
  const element = document.getElementById(id);
  element.style.height = Math.max(240, 90 + categories.length * (stack ? 30 : series.length * 14 + 10)) + 'px';
  return draw(id, {
    grid: { left: 10, right: 50, top: 40, bottom: 20, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
    xAxis: { type: 'value', name: axis },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, stack: stack ? 'all' : undefined,
      label: { show: !stack, position: 'right', formatter: (p) => (p.value === null ? '' : format(p.value)) } })),
  });
}
