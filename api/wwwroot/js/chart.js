// Horizontal bar chart in SVG: a bar per item on a 0–100 scale, with the peer group's Q1–Q3 band and median.
// Drawn at the container's pixel width (and redrawn when it changes) so labels stay legible on a phone.
import { score } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
let chartCount = 0;

function el(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs ?? {})) if (value !== undefined && value !== null) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * items: [{label, value, q1?, median?, q3?}] with values on 0..max; options: {title, description, max, valueName, peerName}.
 * Returns the wrapper element; the SVG inside has role="img" and a title/desc, each bar a <title>.
 */
export function barChart(items, options = {}) {
  const id = `wykres-${++chartCount}`;
  const wrapper = document.createElement('figure');
  wrapper.className = 'chart';
  const draw = () => {
    const width = Math.max(280, Math.floor(wrapper.clientWidth || 640));
    wrapper.querySelector('svg')?.remove();
    wrapper.prepend(svgFor(items, options, width, id));
  };
  if (options.caption) {
    const caption = document.createElement('figcaption');
    caption.textContent = options.caption;
    wrapper.append(caption);
  }
  let lastWidth = 0;
  const observer = new ResizeObserver(entries => {
    const width = Math.floor(entries[0].contentRect.width);
    if (width && Math.abs(width - lastWidth) > 2) { lastWidth = width; draw(); }
  });
  observer.observe(wrapper);
  draw();
  return wrapper;
}

function svgFor(items, options, width, id) {
  const max = options.max ?? 100;
  const hasPeers = items.some(i => i.median !== undefined && i.median !== null);
  const left = 12;
  const right = 16;
  const legendHeight = hasPeers ? 34 : 8;
  const top = legendHeight + 8;
  const row = 52;
  const axisHeight = 26;
  const height = top + items.length * row + axisHeight;
  const plot = width - left - right;
  const x = v => left + (Math.max(0, Math.min(max, v)) / max) * plot;

  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d`, class: 'chart-svg' });
  svg.append(el('title', { id: `${id}-t` }, options.title ?? 'Wykres'));
  const description = items.map(i => describe(i, options)).join('; ');
  svg.append(el('desc', { id: `${id}-d` }, `${options.description ? options.description + ' ' : ''}${description}`));

  if (hasPeers) {
    const legend = el('g', { class: 'legend', 'aria-hidden': 'true' });
    legend.append(el('rect', { x: left, y: 8, width: 14, height: 10, class: 'bar' }));
    legend.append(el('text', { x: left + 20, y: 17, class: 'legend-text' }, options.valueName ?? 'Wynik gminy'));
    const second = left + 20 + Math.min(140, plot / 3);
    legend.append(el('rect', { x: second, y: 6, width: 18, height: 14, class: 'band' }));
    legend.append(el('line', { x1: second + 9, x2: second + 9, y1: 4, y2: 22, class: 'median' }));
    legend.append(el('text', { x: second + 24, y: 17, class: 'legend-text' }, options.peerName ?? 'Grupa porównawcza: mediana i Q1–Q3'));
    svg.append(legend);
  }

  // gridlines at the maturity-level thresholds (every 20 points)
  const grid = el('g', { class: 'grid', 'aria-hidden': 'true' });
  for (let tick = 0; tick <= max; tick += max / 5) {
    grid.append(el('line', { x1: x(tick), x2: x(tick), y1: top - 4, y2: top + items.length * row }));
    grid.append(el('text', { x: x(tick), y: top + items.length * row + 18, 'text-anchor': tick === 0 ? 'start' : tick === max ? 'end' : 'middle', class: 'tick' }, String(tick)));
  }
  svg.append(grid);

  items.forEach((item, i) => {
    const y = top + i * row;
    const group = el('g', { class: 'bar-row' });
    group.append(el('title', {}, describe(item, options)));
    group.append(el('text', { x: left, y: y + 13, class: 'bar-label' }, truncate(item.label, width)));
    const barY = y + 25;
    const barH = 16;
    if (item.q1 !== undefined && item.q1 !== null && item.q3 !== undefined && item.q3 !== null) {
      group.append(el('rect', { x: x(item.q1), y: barY - 5, width: Math.max(2, x(item.q3) - x(item.q1)), height: barH + 10, class: 'band' }));
    }
    const hasValue = item.value !== null && item.value !== undefined;
    if (hasValue) group.append(el('rect', { x: x(0), y: barY, width: Math.max(1, x(item.value) - x(0)), height: barH, rx: 2, class: 'bar' }));
    // the median is drawn over the bar so it stays visible where the bar passes it
    if (item.median !== undefined && item.median !== null) {
      group.append(el('line', { x1: x(item.median), x2: x(item.median), y1: barY - 7, y2: barY + barH + 7, class: 'median' }));
    }
    if (hasValue) {
      const inside = x(item.value) - x(0) > 60;
      group.append(el('text', { x: inside ? x(item.value) - 6 : x(item.value) + 6, y: barY + 12.5, 'text-anchor': inside ? 'end' : 'start', class: inside ? 'value inside' : 'value' }, score(item.value)));
    } else {
      group.append(el('text', { x: x(0) + 4, y: barY + 12.5, class: 'value missing' }, 'brak wyniku (za mało odpowiedzi)'));
    }
    svg.append(group);
  });
  return svg;
}

function describe(item, options) {
  const parts = [`${item.label}: ${item.value === null || item.value === undefined ? 'brak wyniku' : score(item.value)}`];
  if (item.median !== undefined && item.median !== null) parts.push(`mediana grupy ${score(item.median)}`);
  if (item.q1 !== undefined && item.q1 !== null) parts.push(`kwartyle ${score(item.q1)}–${score(item.q3)}`);
  return parts.join(', ');
}

function truncate(text, width) {
  const limit = Math.floor((width - 30) / 7.2);
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/**
 * An indicator over the years: the gmina's values as a line with points, the peer group's Q1–Q3 as a band and its
 * median as a dashed line. points: [{year, value, q1, median, q3}]; options: {title, unit, format}.
 */
export function seriesChart(points, options = {}) {
  const id = `wykres-${++chartCount}`;
  const wrapper = document.createElement('figure');
  wrapper.className = 'chart series-chart';
  const draw = () => {
    const width = Math.max(260, Math.min(720, Math.floor(wrapper.clientWidth || 560)));
    wrapper.querySelector('svg')?.remove();
    wrapper.prepend(seriesSvg(points, options, width, id));
  };
  let lastWidth = 0;
  new ResizeObserver(entries => {
    const width = Math.floor(entries[0].contentRect.width);
    if (width && Math.abs(width - lastWidth) > 2) { lastWidth = width; draw(); }
  }).observe(wrapper);
  draw();
  return wrapper;
}

function seriesSvg(points, options, width, id) {
  const format = options.format ?? score;
  const numbers = points.flatMap(p => [p.value, p.q1, p.median, p.q3]).filter(v => typeof v === 'number' && Number.isFinite(v));
  let low = numbers.length ? Math.min(...numbers) : 0;
  let high = numbers.length ? Math.max(...numbers) : 1;
  if (high === low) { high += Math.abs(high) * 0.1 || 1; low -= Math.abs(low) * 0.1 || 1; }
  const pad = (high - low) * 0.08;
  low -= pad; high += pad;
  // Axis ticks rounded to the scale of the data ("13 500", not "13 548,14"); the margin fits the longest tick.
  const span = high - low;
  const tickFormat = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: span >= 50 ? 0 : span >= 5 ? 1 : span >= 0.5 ? 2 : 3 });
  const tickValues = [0, 1, 2, 3, 4].map(k => low + (span * k) / 4);
  const longest = Math.max(...tickValues.map(v => tickFormat.format(v).length));
  const left = 14 + 7.5 * longest; const right = 16; const top = 40; const bottom = 30;
  const height = 240;
  const plotW = width - left - right; const plotH = height - top - bottom;
  const x = i => left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = v => top + (1 - (v - low) / (high - low)) * plotH;
  const has = v => typeof v === 'number' && Number.isFinite(v);

  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d`, class: 'chart-svg' });
  svg.append(el('title', { id: `${id}-t` }, options.title ?? 'Wskaźnik w kolejnych latach'));
  svg.append(el('desc', { id: `${id}-d` }, points.map(p =>
    `${p.year}: gmina ${has(p.value) ? format(p.value) : 'brak danych'}${has(p.median) ? `, mediana grupy ${format(p.median)}, kwartyle ${format(p.q1)}–${format(p.q3)}` : ''}`).join('; ')));

  const legend = el('g', { class: 'legend', 'aria-hidden': 'true' });
  legend.append(el('line', { x1: left, x2: left + 18, y1: 13, y2: 13, class: 'series-line' }));
  legend.append(el('text', { x: left + 24, y: 17, class: 'legend-text' }, 'gmina'));
  legend.append(el('rect', { x: left + 80, y: 6, width: 18, height: 14, class: 'band' }));
  legend.append(el('line', { x1: left + 80, x2: left + 98, y1: 13, y2: 13, class: 'median dashed' }));
  legend.append(el('text', { x: left + 104, y: 17, class: 'legend-text' }, 'grupa: mediana i Q1–Q3'));
  svg.append(legend);

  const grid = el('g', { class: 'grid', 'aria-hidden': 'true' });
  for (const v of tickValues) {
    grid.append(el('line', { x1: left, x2: width - right, y1: y(v), y2: y(v) }));
    grid.append(el('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, tickFormat.format(v)));
  }
  points.forEach((p, i) => grid.append(el('text', { x: x(i), y: height - 8, 'text-anchor': 'middle', class: 'tick' }, String(p.year))));
  svg.append(grid);

  const banded = points.map((p, i) => [i, p]).filter(([, p]) => has(p.q1) && has(p.q3));
  if (banded.length) {
    const upper = banded.map(([i, p]) => `${x(i)},${y(p.q3)}`);
    const lower = banded.slice().reverse().map(([i, p]) => `${x(i)},${y(p.q1)}`);
    svg.append(el('polygon', { points: [...upper, ...lower].join(' '), class: 'band' }));
    svg.append(el('polyline', { points: banded.map(([i, p]) => `${x(i)},${y(p.median)}`).join(' '), class: 'median dashed', fill: 'none' }));
  }
  const own = points.map((p, i) => [i, p]).filter(([, p]) => has(p.value));
  if (own.length) {
    svg.append(el('polyline', { points: own.map(([i, p]) => `${x(i)},${y(p.value)}`).join(' '), class: 'series-line', fill: 'none' }));
    for (const [i, p] of own) {
      const dot = el('circle', { cx: x(i), cy: y(p.value), r: 4.5, class: 'series-point' });
      dot.append(el('title', {}, `${p.year}: ${format(p.value)}${options.unit ? ` ${options.unit}` : ''}`));
      svg.append(dot);
    }
  }
  return svg;
}
