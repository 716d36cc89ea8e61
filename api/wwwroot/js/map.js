// Choropleth maps drawn by the API (GET /api/maps/...: image/svg+xml behind the session cookie). The SVG is ours, but it is
// still parsed as XML and imported node by node (never innerHTML of fetched text); scripts and handlers are dropped.
import { h, clear } from './dom.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A card with a heading, the map and a caption. Returns at once; the map loads in the background
 * (`aria-busy` while loading). `load(path)` swaps the map for another one (e.g. another indicator).
 */
export function mapCard({ id, heading, caption, path, controls }) {
  const holder = h('div', { class: 'map-holder' });
  const note = h('figcaption', { class: 'muted' }, caption ?? '');
  const figure = h('figure', { class: 'map-figure' }, holder, note);
  const section = h('section', { class: 'card map-box', id, 'aria-labelledby': `${id}-naglowek` },
    h('h2', { id: `${id}-naglowek` }, heading), controls ?? null, figure);
  let current = 0;
  async function load(next, nextCaption) {
    const request = ++current;
    section.setAttribute('aria-busy', 'true');
    clear(holder).append(h('p', { class: 'muted' }, 'Wczytywanie mapy…'));
    if (nextCaption !== undefined) note.textContent = nextCaption;
    let content;
    try { content = await fetchMap(next); } catch (error) { content = h('p', { class: 'alert alert-info' }, error.message); }
    if (request !== current) return; // a newer choice replaced this one meanwhile
    clear(holder).append(content);
    section.removeAttribute('aria-busy');
  }
  section.load = load;
  if (path) load(path);
  return section;
}

/** Fetches a map and returns its SVG element imported into this document; throws an Error with a Polish message. */
export async function fetchMap(path) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'image/svg+xml' } });
  } catch {
    throw new Error('Brak połączenia z serwerem: mapa nie została wczytana.');
  }
  const text = await response.text();
  if (!response.ok) {
    let detail = null;
    try { detail = JSON.parse(text)?.detail; } catch { /* not a problem document */ }
    throw new Error(detail || `Nie udało się wczytać mapy (błąd ${response.status}).`);
  }
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.namespaceURI !== SVG_NS || svg.localName !== 'svg' || doc.getElementsByTagName('parsererror').length)
    throw new Error('Serwer nie zwrócił poprawnej mapy.');
  for (const node of [...svg.querySelectorAll('script, foreignObject, iframe')]) node.remove();
  for (const node of [svg, ...svg.querySelectorAll('*')]) {
    for (const attribute of [...node.attributes]) {
      if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value)) node.removeAttribute(attribute.name);
    }
  }
  // Scale with the page: the viewBox keeps the proportions once the fixed size is gone.
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return document.importNode(svg, true);
}
