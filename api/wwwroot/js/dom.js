import { levelLabel } from './labels.js';

// Tiny DOM builder: text goes through textContent, never innerHTML, so data from the API cannot inject markup.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = value;
      else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
      else if (key === 'dataset') Object.assign(el.dataset, value);
      // Styles go through the CSSOM, which the Content-Security-Policy allows (a style attribute it would refuse).
      else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
      else if (value === true) el.setAttribute(key, '');
      else el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

const number2 = new Intl.NumberFormat('pl-PL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const number0 = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 0 });
const numberAny = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 4 });

/**
 * The one rounding rule of methodology v1.1 §0, as the server's Scores.AsShown: half away from zero to 2 decimals,
 * applied to the shortest decimal string of the number (String(x), like .NET's "R"): 39.675 → 39.68, though the
 * double is 39.67499…, and 1.175 → 1.18. Pages format and compare numbers only through it.
 */
export function asShown(value) {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) >= 1e15) return value;
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = BigInt(whole + fraction);
  // |value| = digits × 10^-decimals; keep 2 decimals: shift by 10^(2 - decimals).
  const shift = 2 - (fraction.length - Number(exponent));
  let hundredths;
  if (shift >= 0) hundredths = digits * 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    hundredths = digits / divisor;
    if (2n * (digits % divisor) >= divisor) hundredths += 1n;
  }
  if (hundredths === 0n) return 0;
  const shown = Number(hundredths) / 100;
  return value < 0 ? -shown : shown;
}

/** Scores and values are shown with 2 decimals as the methodology rounds them (asShown); a missing one is a dash. */
export function score(value) {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : number2.format(asShown(value));
}

/** A share (fraction 0–1, e.g. G1) shown as a percentage with 2 decimals: asShown(100 × share). */
export function percent(value) {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : `${number2.format(asShown(100 * value))} %`;
}

export function integer(value) {
  return value === null || value === undefined ? '—' : number0.format(value);
}

export function plain(value) {
  if (value === null || value === undefined) return '—';
  return typeof value === 'number' ? numberAny.format(value) : String(value);
}

/** Maturity levels of methodology §3 of the score as shown (19.995 → 20.00 → podstawowy), when the API gives no level. */
export function maturityLevel(value) {
  if (value === null || value === undefined) return null;
  const shown = asShown(value);
  if (shown < 20) return 'początkowy';
  if (shown < 40) return 'podstawowy';
  if (shown < 60) return 'rozwijający się';
  if (shown < 80) return 'dojrzały';
  return 'wzorcowy';
}

const levelClasses = {
  'początkowy': 'lvl-1', 'podstawowy': 'lvl-2', 'rozwijający się': 'lvl-3', 'rozwijajacy sie': 'lvl-3',
  'dojrzały': 'lvl-4', 'wzorcowy': 'lvl-5',
};

export function levelBadge(level, value) {
  const name = levelName(level) ?? maturityLevel(value);
  if (!name) return h('span', { class: 'badge muted' }, 'brak oceny');
  return h('span', { class: `badge ${levelClasses[name.toLowerCase()] ?? ''}` }, name);
}

/** The API gives the level as an id (rozwijajacy-sie) or a word; show the Polish word (labels.levelLabel). */
export function levelName(level) {
  return levelLabel(level);
}

export function statusLabel(status) {
  const names = {
    notstarted: 'nierozpoczęta', 'not-started': 'nierozpoczęta', none: 'nierozpoczęta', empty: 'nierozpoczęta',
    draft: 'w trakcie', inprogress: 'w trakcie', 'in-progress': 'w trakcie', started: 'w trakcie',
    submitted: 'przesłana', closed: 'zamknięta', published: 'opublikowany', computed: 'wersja robocza',
    open: 'otwarta',
  };
  if (!status) return 'nierozpoczęta';
  return names[String(status).toLowerCase().replace(/[_\s]/g, '')] ?? names[String(status).toLowerCase()] ?? String(status);
}

export function statusKey(status) {
  const label = statusLabel(status);
  return { 'nierozpoczęta': 'notstarted', 'w trakcie': 'draft', 'przesłana': 'submitted', 'zamknięta': 'closed' }[label] ?? 'other';
}

export function statusBadge(status) {
  return h('span', { class: `status status-${statusKey(status)}` }, statusLabel(status));
}
