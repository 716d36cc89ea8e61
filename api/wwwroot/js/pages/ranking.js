// Ranking tables by category, with Lider/Laureat labels and Monte Carlo rank intervals; compute, publish, export.
import { api, download } from '../api.js';
import { h, clear, score, percent, plain, statusBadge } from '../dom.js';
import { mapCard } from '../map.js';

const categoryNames = { MNPP: 'Miasta na prawach powiatu', GM: 'Gminy miejskie', GMW: 'Gminy miejsko-wiejskie', GW: 'Gminy wiejskie' };

export async function render(root, { rankingId, edition }, { user, toast }) {
  const coordinator = user.role === 'coordinator' || user.role === 'admin';
  const base = `/api/rankings/${encodeURIComponent(rankingId)}/${encodeURIComponent(edition)}`;
  const ranking = await api.find(base);
  const title = rankingId === 'zielone-finanse' ? `Ranking Zielonych Finansów Samorządowych ${edition}` : `Ranking ${rankingId} ${edition}`;
  const published = String(ranking?.status ?? '').toLowerCase() === 'published';

  const busy = async (button, work) => {
    button.disabled = true;
    try { await work(); } catch (error) { toast(error.message, 'error'); } finally { button.disabled = false; }
  };
  const actions = h('div', { class: 'actions' });
  if (coordinator && !published) {
    actions.append(h('button', { type: 'button', class: 'button secondary', onclick: e => busy(e.currentTarget, async () => {
      await api.post(`${base}/compute`); toast('Ranking przeliczony.', 'ok'); location.reload();
    }) }, 'Przelicz'));
    if (ranking) actions.append(h('button', { type: 'button', class: 'button secondary', onclick: e => busy(e.currentTarget, async () => {
      if (!confirm('Opublikować ranking? Po publikacji nie można go przeliczyć.')) return;
      await api.post(`${base}/publish`); toast('Ranking opublikowany.', 'ok'); location.reload();
    }) }, 'Opublikuj'));
  }
  if (ranking) actions.append(h('button', { type: 'button', class: 'button primary', id: 'pobierz-ranking', onclick: e => busy(e.currentTarget, async () => {
    toast(`Pobrano plik ${await download(`/api/exports/rankings/${encodeURIComponent(rankingId)}/${encodeURIComponent(edition)}.xlsx`, `ranking-${rankingId}-${edition}.xlsx`)}`, 'ok');
  }) }, 'Pobierz ranking (Excel)'));

  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Rankingi'),
    h('div', { class: 'page-head' },
      h('div', null, h('p', { class: 'eyebrow' }, `Edycja ${edition}`), h('h1', null, title),
        h('p', { class: 'head-meta' }, 'Status: ', ranking ? statusBadge(ranking.status) : h('span', { class: 'status status-notstarted' }, 'nieprzeliczony'))),
      actions));

  if (!ranking) {
    root.append(h('p', { class: 'alert alert-info' }, coordinator ? 'Ranking tej edycji nie został jeszcze przeliczony. Użyj przycisku „Przelicz”.' : 'Ranking tej edycji nie jest jeszcze dostępny.'));
    return;
  }
  root.append(h('p', { class: 'muted' }, 'Miejsca 1–3: Lider, 4–10: Laureat. Przedział miejsc (5.–95. centyl) pokazuje, jak pewne jest miejsce przy losowych zmianach wag i danych.'));

  const categories = ranking.categories ?? [];
  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Kategorie rankingu' });
  const panel = h('div', { class: 'tab-panel', role: 'tabpanel', tabindex: '0' });
  const buttons = categories.map((category, i) => {
    const button = h('button', { type: 'button', role: 'tab', id: `tab-${category.category}`, 'aria-controls': 'panel-kategorii', 'aria-selected': 'false', tabindex: '-1' },
      `${category.category}`, h('span', { class: 'visually-hidden' }, ` – ${categoryNames[category.category] ?? ''}`));
    button.addEventListener('click', () => select(i));
    button.addEventListener('keydown', event => {
      const step = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: categories.length - 1 - i }[event.key];
      if (step === undefined) return;
      event.preventDefault();
      const next = (i + step + categories.length) % categories.length;
      select(next);
      buttons[next].focus();
    });
    return button;
  });
  tabs.append(...buttons);
  panel.id = 'panel-kategorii';

  function select(index) {
    buttons.forEach((b, i) => { b.setAttribute('aria-selected', String(i === index)); b.tabIndex = i === index ? 0 : -1; });
    panel.setAttribute('aria-labelledby', buttons[index].id);
    drawCategory(clear(panel), categories[index], new Set(ranking.shareIndicators ?? []));
  }

  root.append(h('section', { 'aria-label': 'Tabele rankingu' }, tabs, panel));
  if (categories.length) select(0);
  root.append(mapSection(rankingId, edition, categories));
}

// Shares (G1, G3, G4, G5) come unrounded and are shown as percentages; other values as scores (methodology v1.1 §0).
function drawCategory(panel, category, shares) {
  const rows = category.rows ?? [];
  const indicatorIds = [...new Set(rows.flatMap(r => Object.keys(r.indicators ?? {})))].sort();
  panel.append(h('h2', null, `${categoryNames[category.category] ?? category.category} (${category.category})`),
    h('p', { class: 'muted' }, `${rows.length} sklasyfikowanych, ${(category.notRanked ?? []).length} bez klasyfikacji`));
  panel.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data ranking-table' },
    h('caption', { class: 'visually-hidden' }, `Ranking w kategorii ${category.category}`),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'num' }, 'Miejsce'), h('th', { scope: 'col' }, 'Gmina'), h('th', { scope: 'col', class: 'num' }, 'Wynik'),
      h('th', { scope: 'col' }, 'Wyróżnienie'), h('th', { scope: 'col', class: 'num' }, 'Przedział miejsc'),
      indicatorIds.map(id => h('th', { scope: 'col', class: 'num' }, id)))),
    h('tbody', null, rows.map(r => h('tr', null,
      h('td', { class: 'num' }, plain(r.rank)),
      h('th', { scope: 'row' }, r.name, h('span', { class: 'muted' }, ` ${r.teryt}`)),
      h('td', { class: 'num' }, score(r.score)),
      h('td', null, r.label ? h('span', { class: `badge badge-${String(r.label).toLowerCase()}` }, r.label) : ''),
      h('td', { class: 'num' }, Array.isArray(r.rankInterval) ? `${plain(r.rankInterval[0])}–${plain(r.rankInterval[1])}` : '—'),
      indicatorIds.map(id => h('td', { class: 'num' }, shares.has(id) ? percent(r.indicators?.[id]) : score(r.indicators?.[id])))))))));
  if ((category.notRanked ?? []).length) {
    panel.append(h('details', null, h('summary', null, `Bez klasyfikacji (${category.notRanked.length})`),
      h('ul', null, category.notRanked.map(n => h('li', null, `${n.name ?? n.teryt} (${n.teryt}): ${n.reason}`)))));
  }
}

function mapSection(rankingId, edition, categories) {
  const base = `/api/maps/rankings/${encodeURIComponent(rankingId)}/${encodeURIComponent(edition)}.svg`;
  const choice = h('select', { id: 'mapa-kategoria' }, h('option', { value: '' }, 'wszystkie'),
    categories.map(c => h('option', { value: c.category }, `${c.category} – ${categoryNames[c.category] ?? c.category}`)));
  const card = mapCard({
    id: 'mapa',
    heading: 'Mapa rankingu',
    path: base,
    caption: 'Lider: miejsca 1–3, Laureat: 4–10 w swojej kategorii; szare: gminy bez danych. Najedź na gminę, aby zobaczyć miejsce i wynik.',
    controls: h('div', { class: 'map-controls' }, h('div', null, h('label', { for: 'mapa-kategoria' }, 'Kategoria na mapie'), choice)),
  });
  choice.addEventListener('change', () => card.load(choice.value ? `${base}?category=${encodeURIComponent(choice.value)}` : base));
  return card;
}
