// Hash router and page shell. Each page module exports render(root, params, context).
import { session, signOut, whenUnauthorized } from './api.js';
import { h, clear } from './dom.js';
import * as login from './pages/login.js';
import * as home from './pages/home.js';
import * as questionnaire from './pages/questionnaire.js';
import * as consensus from './pages/consensus.js';
import * as results from './pages/results.js';
import * as metrics from './pages/metrics.js';
import * as cohort from './pages/cohort.js';
import * as ranking from './pages/ranking.js';
import * as award from './pages/award.js';
import * as bdlImport from './pages/bdl-import.js';
import * as password from './pages/password.js';
import { askToSignInAgain } from './reauth.js';
import { polishValidation } from './validation.js';
import * as adminUsers from './pages/admin-users.js';
import * as adminImports from './pages/admin-imports.js';
import * as adminAudit from './pages/admin-audit.js';

const routes = [
  { pattern: /^\/logowanie$/, page: login, open: true },
  { pattern: /^\/$/, page: home },
  { pattern: /^\/ankieta\/([^/]+)\/(\d{7})(?:\/([^/]+))?$/, page: questionnaire, keys: ['questionnaireId', 'teryt', 'themeId'] },
  { pattern: /^\/konsensus\/([^/]+)\/(\d{7})$/, page: consensus, keys: ['questionnaireId', 'teryt'] },
  { pattern: /^\/wyniki\/([^/]+)\/(\d{7})(?:\/runda\/([a-z0-9-]{1,40}))?$/, page: results, keys: ['questionnaireId', 'teryt', 'round'] },
  { pattern: /^\/wskazniki\/(\d{7})\/(\d{4})$/, page: metrics, keys: ['teryt', 'year'] },
  { pattern: /^\/kohorty\/([^/]+)(?:\/([^/]+))?$/, page: cohort, keys: ['cohortId', 'questionnaireId'] },
  { pattern: /^\/rankingi(?:\/([^/]+))?(?:\/([^/]+))?$/, page: ranking, keys: ['rankingId', 'edition'] },
  { pattern: /^\/nagrody(?:\/([^/]+))?$/, page: award, keys: ['awardId'] },
  { pattern: /^\/import\/bdl$/, page: bdlImport },
  { pattern: /^\/haslo$/, page: password },
  { pattern: /^\/uzytkownicy$/, page: adminUsers, roles: ['admin'] },
  { pattern: /^\/importy$/, page: adminImports, roles: ['coordinator', 'admin'] },
  { pattern: /^\/dziennik$/, page: adminAudit, roles: ['admin'] },
];

const roleNames = { admin: 'administrator', coordinator: 'koordynator', jst: 'pracownik JST', jury: 'juror' };

export function navigate(path) {
  if (location.hash === `#${path}`) render();
  else location.hash = `#${path}`;
}

export function toast(message, kind = 'info') {
  const box = document.getElementById('komunikaty');
  const item = h('div', { class: `toast toast-${kind}` }, message);
  box.append(item);
  setTimeout(() => item.remove(), 6000);
}

function shell(user) {
  const nav = clear(document.getElementById('nawigacja'));
  const account = clear(document.getElementById('konto'));
  if (!user) return;
  const links = [['#/', 'Pulpit']];
  if (user.role === 'jst' && user.teryt) {
    links.push([`#/ankieta/samoocena/${user.teryt}`, 'Ankieta'], [`#/wyniki/samoocena/${user.teryt}`, 'Wyniki'], ['#/rankingi', 'Rankingi']);
  }
  if (user.role === 'jury') links.push(['#/nagrody', 'Nagrody']);
  if (user.role === 'coordinator' || user.role === 'admin') {
    // One "Importy" entry: the imports page links to the GUS BDL import, which keeps the entry current.
    links.push(['#/rankingi', 'Rankingi'], ['#/nagrody', 'Nagrody'], ['#/importy', 'Importy']);
  }
  if (user.role === 'admin') links.push(['#/uzytkownicy', 'Użytkownicy'], ['#/dziennik', 'Dziennik zmian']);
  const current = location.hash || '#/';
  for (const [href, label] of links) {
    const active = href === '#/' ? current === '#/' : current.startsWith(href) || (href === '#/importy' && current.startsWith('#/import/'));
    nav.append(h('a', { href, 'aria-current': active ? 'page' : null }, label));
  }
  account.append(
    h('span', { class: 'who' }, h('strong', null, user.login), ' · ', roleNames[user.role] ?? user.role),
    h('a', { href: '#/haslo' }, 'Zmień hasło'),
    h('button', { type: 'button', class: 'button-link', onclick: signOutAndConfirm }, 'Wyloguj'));
}

let signedOut = false;
/** Signing out ends the session in every tab: ask first, and say so when a save is still pending. */
function confirmSignOut() {
  const saving = document.querySelector('[data-state="saving"]');
  return window.confirm(saving
    ? 'Trwa zapisywanie odpowiedzi. Wylogować mimo to? Sesja zakończy się na wszystkich kartach.'
    : 'Wylogować? Sesja zakończy się na wszystkich kartach przeglądarki.');
}
async function signOutAndConfirm() {
  if (!confirmSignOut()) return;
  try { await signOut(); } catch (error) { toast(`Nie udało się wylogować: ${error.message}`, 'error'); return; }
  signedOut = true;
  toast('Wylogowano.', 'ok');
  navigate('/logowanie');
}

let renderCount = 0;
async function render() {
  const path = (location.hash || '#/').replace(/^#/, '') || '/';
  let user = session.get();
  if (user === undefined) {
    try { user = await session.load(); } catch { user = null; }
  }
  const route = routes.find(r => r.pattern.test(path));
  const root = document.getElementById('app');
  if (!route) {
    shell(user);
    clear(root).append(h('h1', null, 'Nie ma takiej strony'), h('p', null, h('a', { href: '#/' }, 'Wróć do pulpitu')));
    return;
  }
  if (!route.open && !user) {
    sessionStorage.setItem('samoocena.after-login', path);
    navigate('/logowanie');
    return;
  }
  if (user?.mustChangePassword && !route.open && route.page !== password) {
    navigate('/haslo');
    return;
  }
  shell(user);
  if (route.roles && !route.roles.includes(user.role)) {
    clear(root).append(h('div', { class: 'page-body' }, h('h1', null, 'Brak uprawnień'),
      h('div', { class: 'alert alert-error', role: 'alert' }, 'Ta strona jest dostępna tylko dla ról: ',
        route.roles.map(r => roleNames[r] ?? r).join(', '), '. Jeśli potrzebujesz dostępu, poproś administratora.'),
      h('p', null, h('a', { href: '#/' }, 'Wróć do pulpitu'))));
    document.title = 'Brak uprawnień · Samoocena JST';
    return;
  }
  const match = route.pattern.exec(path);
  const params = Object.fromEntries((route.keys ?? []).map((key, i) => [key, match[i + 1] ? decodeURIComponent(match[i + 1]) : undefined]));
  const mine = ++renderCount;
  const page = h('div', { class: 'page-body' });
  // Pages append optional parts (x ? node : null): skip the empty ones, as h() does, instead of writing "null".
  page.append = (...items) => Element.prototype.append.apply(page, items.flat(Infinity).filter(x => x !== null && x !== undefined && x !== false));
  clear(root).append(page);
  root.setAttribute('aria-busy', 'true');
  // A slow page change says so (after 150 ms, so fast ones do not flicker); the page replaces the indicator.
  const loading = setTimeout(() => {
    if (mine === renderCount && !page.firstChild) page.append(h('p', { class: 'loading page-loading', role: 'status' }, 'Wczytywanie strony…'));
  }, 150);
  try {
    const wasSignedOut = signedOut;
    signedOut = false;
    await route.page.render(page, params, { user, navigate, toast, signedOut: wasSignedOut, isCurrent: () => mine === renderCount });
  } catch (error) {
    if (mine !== renderCount) return;
    clear(page).append(h('div', { class: 'alert alert-error', role: 'alert' },
      h('strong', null, 'Nie udało się wczytać strony. '), error.message ?? String(error)));
  } finally {
    clearTimeout(loading);
    page.querySelector('.page-loading')?.remove();
    if (mine === renderCount) root.removeAttribute('aria-busy');
  }
  if (mine === renderCount) {
    const heading = page.querySelector('h1');
    document.title = heading ? `${heading.textContent} · Samoocena JST` : 'Samoocena JST';
    // Focus moves to the new page's heading (screen readers announce it), unless the page focused a field itself.
    if (heading && (document.activeElement === document.body || !root.contains(document.activeElement)) && !firstRender) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
    firstRender = false;
  }
}
let firstRender = true;

whenUnauthorized(async previous => {
  if (await askToSignInAgain(previous)) {
    shell(session.get());
    return true;
  }
  sessionStorage.setItem('samoocena.after-login', (location.hash || '#/').replace(/^#/, ''));
  navigate('/logowanie');
  return false;
});
polishValidation(document);
keyboardScrollRegions(document.getElementById('app'));

/**
 * A table that scrolls sideways (on a phone) must be reachable by keyboard and named (WCAG 2.1.1, axe
 * scrollable-region-focusable): every .table-wrap becomes a focusable, labelled region, whichever page drew it.
 */
function keyboardScrollRegions(root) {
  const fix = () => {
    for (const wrap of root.querySelectorAll('.table-wrap:not([tabindex])')) {
      const caption = wrap.querySelector('caption')?.textContent?.trim();
      const heading = wrap.closest('section, .card')?.querySelector('h2, h3')?.textContent?.trim();
      wrap.setAttribute('tabindex', '0');
      wrap.setAttribute('role', 'region');
      if (!wrap.hasAttribute('aria-label')) wrap.setAttribute('aria-label', caption || heading || 'Tabela');
    }
  };
  new MutationObserver(fix).observe(root, { childList: true, subtree: true });
}
window.addEventListener('hashchange', render);
render();
