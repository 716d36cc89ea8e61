// Admin: users. The list (login, name, role in words, gmina by name, state, last sign-in) with a search and filters;
// a new user (role, gmina chosen by name, password rules shown and checked as typed, the server's Polish errors next to
// the fields); change of name, role and gmina; lock/unlock; a password reset whose temporary password is shown once.
import { api, ApiError } from '../api.js';
import { h, clear } from '../dom.js';
import { count, nouns, foldText } from '../labels.js';
import { gminaPicker } from '../picker.js';
import {
  roleNames, roleOrder, roleLabel, formatDateTime, timeElement, municipalities, municipality, forbidden, confirmAction, openDialog,
} from './admin-common.js';

const loginRule = /^[A-Za-z0-9._@-]{3,64}$/;

/** The product's password rules (server: PasswordRules.Check), each with a test on (login, password). */
const passwordRules = [
  ['co najmniej 12 znaków', (_l, p) => p.length >= 12],
  ['inne niż login', (l, p) => p.length > 0 && p.trim().toLowerCase() !== l.trim().toLowerCase()],
  ['nie jeden powtórzony znak (np. „aaaaaaaaaaaa”)', (_l, p) => p.length > 0 && ![...p].every(c => c === p[0])],
];

export async function render(root, _params, { user, toast }) {
  if (user.role !== 'admin') {
    forbidden(root, 'Zarządzanie użytkownikami jest dostępne tylko dla administratorów.');
    return;
  }
  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Użytkownicy'),
    h('h1', null, 'Użytkownicy'),
    h('p', { class: 'lead' }, 'Zakładaj konta, zmieniaj role i gminy, blokuj dostęp i resetuj hasła. Każda zmiana trafia do ',
      h('a', { href: '#/dziennik' }, 'dziennika zmian'), '.'));

  let users = [];
  let units = new Map();
  const listStatus = h('p', { class: 'muted', role: 'status', id: 'uzytkownicy-licznik' });
  const tableHolder = h('div', { id: 'uzytkownicy-tabela' });

  // Filters
  const search = h('input', { id: 'filtr-szukaj', type: 'search', autocomplete: 'off', placeholder: 'login, nazwa albo gmina' });
  const roleFilter = h('select', { id: 'filtr-rola' }, h('option', { value: '' }, 'wszystkie role'),
    roleOrder.map(r => h('option', { value: r }, roleNames[r])));
  const stateFilter = h('select', { id: 'filtr-stan' }, h('option', { value: '' }, 'wszystkie'),
    h('option', { value: 'active' }, 'aktywne'), h('option', { value: 'locked' }, 'zablokowane'),
    h('option', { value: 'must-change' }, 'czekają na zmianę hasła'));
  for (const control of [search, roleFilter, stateFilter]) control.addEventListener('input', () => draw());
  const filters = h('div', { class: 'admin-filters', role: 'search', 'aria-label': 'Filtruj użytkowników' },
    h('div', { class: 'field' }, h('label', { for: 'filtr-szukaj' }, 'Szukaj'), search),
    h('div', { class: 'field' }, h('label', { for: 'filtr-rola' }, 'Rola'), roleFilter),
    h('div', { class: 'field' }, h('label', { for: 'filtr-stan' }, 'Stan konta'), stateFilter));

  async function load(focusLogin) {
    users = await api.get('/api/users');
    users.sort((a, b) => a.login.localeCompare(b.login, 'pl'));
    units = await municipalities(users.map(u => u.teryt));
    draw(focusLogin);
  }

  function unitName(teryt) {
    if (!teryt) return '';
    return units.get(teryt)?.name ?? teryt;
  }

  function draw(focusLogin) {
    const text = foldText(search.value.trim());
    const shown = users.filter(u =>
      (!roleFilter.value || u.role === roleFilter.value)
      && (!stateFilter.value || stateOf(u).key === stateFilter.value || (stateFilter.value === 'locked' && stateOf(u).key === 'locked-out'))
      && (!text || [u.login, u.displayName, unitName(u.teryt), roleLabel(u.role)].some(v => foldText(v).includes(text))));
    listStatus.textContent = shown.length === users.length
      ? `Wszystkich kont: ${users.length}.`
      : `Pasuje ${count(shown.length, nouns.uzytkownik)} z ${users.length}.`;
    clear(tableHolder);
    if (!shown.length) {
      tableHolder.append(h('p', { class: 'alert alert-info' }, 'Żaden użytkownik nie pasuje do filtrów.'));
      return;
    }
    tableHolder.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data stack-table', id: 'lista-uzytkownikow' },
      h('caption', { class: 'visually-hidden' }, 'Użytkownicy'),
      h('thead', null, h('tr', null, ['Login', 'Nazwa', 'Rola', 'Gmina', 'Stan konta', 'Ostatnie logowanie', 'Działania']
        .map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', null, shown.map(row)))));
    if (focusLogin) tableHolder.querySelector(`tr[data-login="${CSS.escape(focusLogin)}"] button`)?.focus();
  }

  function row(u) {
    const state = stateOf(u);
    const self = u.login === user.login;
    const actions = h('div', { class: 'row-actions' },
      h('button', { type: 'button', class: 'button small', onclick: () => edit(u) }, 'Zmień', hidden(` konto ${u.login}`)),
      self ? null : u.locked
        ? h('button', { type: 'button', class: 'button small', onclick: () => setLocked(u, false) }, 'Odblokuj', hidden(` konto ${u.login}`))
        : h('button', { type: 'button', class: 'button small danger', onclick: () => setLocked(u, true) }, 'Zablokuj', hidden(` konto ${u.login}`)),
      h('button', { type: 'button', class: 'button small', onclick: () => reset(u) }, 'Resetuj hasło', hidden(` użytkownika ${u.login}`)));
    return h('tr', { dataset: { login: u.login } },
      cell('th', 'Login', { scope: 'row' }, h('span', { class: 'login' }, u.login), self ? h('span', { class: 'muted' }, ' (Ty)') : null),
      cell('td', 'Nazwa', {}, u.displayName || h('span', { class: 'muted' }, '—')),
      cell('td', 'Rola', {}, roleLabel(u.role)),
      cell('td', 'Gmina', {}, u.teryt ? unitName(u.teryt) : h('span', { class: 'muted' }, '—')),
      cell('td', 'Stan konta', {}, h('span', { class: `status ${state.css}` }, state.text)),
      cell('td', 'Ostatnie logowanie', {}, timeElement(u.lastSignIn, { missing: 'nigdy' })),
      cell('td', 'Działania', {}, actions));
  }

  async function setLocked(u, locked) {
    if (locked && !await confirmAction({
      title: `Zablokować konto ${u.login}?`,
      text: 'Użytkownik zostanie od razu wylogowany na wszystkich urządzeniach i nie zaloguje się, dopóki nie odblokujesz konta.',
      confirm: 'Zablokuj konto',
    })) return;
    try {
      await api.put(`/api/users/${encodeURIComponent(u.login)}`, { locked });
      toast(locked ? `Zablokowano konto ${u.login}.` : `Odblokowano konto ${u.login}.`, 'ok');
      await load(u.login);
    } catch (e) {
      toast(messageOf(e), 'error');
    }
  }

  async function reset(u) {
    if (!await confirmAction({
      title: `Zresetować hasło użytkownika ${u.login}?`,
      text: 'Obecne hasło przestanie działać, a użytkownik zostanie wylogowany. Otrzymasz hasło tymczasowe do przekazania.',
      confirm: 'Resetuj hasło',
    })) return;
    let result;
    try {
      result = await api.post(`/api/users/${encodeURIComponent(u.login)}/reset-password`);
    } catch (e) {
      toast(messageOf(e), 'error');
      return;
    }
    const { body, close } = openDialog('Hasło tymczasowe', 'haslo-tymczasowe');
    const field = h('input', { id: 'haslo-tymczasowe-wartosc', type: 'text', readonly: true, value: result.temporaryPassword, class: 'temp-password', spellcheck: 'false' });
    const copied = h('p', { class: 'muted', role: 'status', id: 'haslo-skopiowane' });
    const copy = h('button', { type: 'button', class: 'button primary', id: 'kopiuj-haslo' }, 'Kopiuj hasło');
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(field.value);
      } catch {
        field.select();
        document.execCommand('copy');
      }
      copied.textContent = 'Skopiowano hasło do schowka.';
    });
    body.append(
      h('p', null, 'Nowe hasło użytkownika ', h('strong', null, u.login), ':'),
      h('div', { class: 'field' }, h('label', { for: 'haslo-tymczasowe-wartosc' }, 'Hasło tymczasowe'), field),
      copied,
      h('div', { class: 'alert alert-info' },
        h('p', null, 'Hasło jest pokazane tylko raz — zapisz je albo skopiuj teraz i przekaż użytkownikowi bezpiecznym kanałem.'),
        h('p', null, 'Przy następnym logowaniu użytkownik musi ustawić własne hasło.')),
      h('div', { class: 'actions' }, copy, h('button', { type: 'button', class: 'button secondary', onclick: close }, 'Zamknij')));
    copy.focus();
    await load();
  }

  function edit(u) {
    const { body, close, dialog } = openDialog(`Zmiana konta ${u.login}`, 'zmiana-konta');
    const errors = fieldErrors();
    const name = h('input', { id: 'zm-nazwa', type: 'text', value: u.displayName ?? '', maxlength: 200, autocomplete: 'off' });
    const role = roleSelect('zm-rola', u.role, u.login === user.login);
    const gminaHelp = h('p', { class: 'muted', id: 'zm-gmina-opis' });
    const picker = gminaPicker({ label: 'Gmina', initial: units.get(u.teryt) ?? null });
    const gminaBox = h('div', { class: 'field' }, picker, gminaHelp, errors.slot('teryt'));
    const summary = h('div', { class: 'alert alert-error', role: 'alert', hidden: true });
    const save = h('button', { type: 'submit', class: 'button primary' }, 'Zapisz zmiany');
    const syncRole = () => showGmina(role.value, gminaBox, gminaHelp);
    role.addEventListener('change', syncRole);
    syncRole();
    const form = h('form', { novalidate: true },
      summary,
      h('div', { class: 'field' }, h('label', { for: 'zm-nazwa' }, 'Imię i nazwisko (nazwa wyświetlana)'), name, errors.slot('displayName')),
      h('div', { class: 'field' }, h('label', { for: 'zm-rola' }, 'Rola'), role,
        u.login === user.login ? h('p', { class: 'muted' }, 'Nie możesz zmienić własnej roli.') : null, errors.slot('role')),
      gminaBox,
      h('p', { class: 'muted' }, 'Zmiana roli albo gminy wyloguje użytkownika ze wszystkich urządzeń.'),
      h('div', { class: 'actions' }, save, h('button', { type: 'button', class: 'button secondary', onclick: close }, 'Anuluj')));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      errors.clear();
      summary.hidden = true;
      const needsGmina = role.value === 'jst' || role.value === 'jury';
      if (role.value === 'jst' && !picker.value) {
        errors.show('teryt', 'Wybierz gminę pracownika JST z listy wyszukiwania.');
        picker.focus();
        return;
      }
      const change = { role: role.value, displayName: name.value.trim(), teryt: needsGmina ? picker.value : '' };
      save.disabled = true;
      try {
        await api.put(`/api/users/${encodeURIComponent(u.login)}`, change);
        if (picker.value) municipality(picker.value);
        toast(`Zapisano zmiany konta ${u.login}.`, 'ok');
        close();
        await load(u.login);
      } catch (e) {
        summary.textContent = errors.fromProblem(e);
        summary.hidden = false;
      } finally {
        save.disabled = false;
      }
    });
    body.append(form);
    name.focus();
    dialog.addEventListener('close', () => tableHolder.querySelector(`tr[data-login="${CSS.escape(u.login)}"] button`)?.focus());
  }

  root.append(createForm({ toast, onCreated: login => load(login) }),
    h('section', { class: 'card', 'aria-labelledby': 'lista-tytul' },
      h('h2', { id: 'lista-tytul' }, 'Konta'),
      filters, listStatus, tableHolder));
  await load();
}

function createForm({ toast, onCreated }) {
  const errors = fieldErrors();
  const login = h('input', { id: 'nu-login', type: 'text', autocomplete: 'off', spellcheck: 'false', required: true,
    'aria-describedby': 'nu-login-opis' });
  const name = h('input', { id: 'nu-nazwa', type: 'text', autocomplete: 'off', maxlength: 200 });
  const role = roleSelect('nu-rola', 'jst', false);
  const gminaHelp = h('p', { class: 'muted', id: 'nu-gmina-opis' });
  const picker = gminaPicker({ label: 'Gmina' });
  const gminaBox = h('div', { class: 'field' }, picker, gminaHelp, errors.slot('teryt'));
  const password = h('input', { id: 'nu-haslo', type: 'password', autocomplete: 'new-password', required: true,
    'aria-describedby': 'nu-haslo-zasady' });
  const show = h('input', { id: 'nu-pokaz', type: 'checkbox' });
  show.addEventListener('change', () => { password.type = show.checked ? 'text' : 'password'; });
  const rules = h('ul', { class: 'rules', id: 'nu-haslo-zasady', 'aria-label': 'Zasady hasła' },
    passwordRules.map(([text]) => h('li', { class: 'rule' }, text)));
  const checkRules = () => passwordRules.forEach(([, test], i) => {
    const ok = test(login.value, password.value);
    rules.children[i].classList.toggle('rule-ok', ok);
  });
  password.addEventListener('input', checkRules);
  login.addEventListener('input', checkRules);
  const summary = h('div', { class: 'alert alert-error', role: 'alert', hidden: true, id: 'nu-bledy' });
  const submit = h('button', { type: 'submit', class: 'button primary', id: 'nu-utworz' }, 'Utwórz użytkownika');
  role.addEventListener('change', () => showGmina(role.value, gminaBox, gminaHelp));
  showGmina(role.value, gminaBox, gminaHelp);

  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'nowy-tytul', id: 'nowy-uzytkownik' },
    h('h2', { id: 'nowy-tytul' }, 'Nowy użytkownik'),
    summary,
    h('div', { class: 'form-grid' },
      h('div', { class: 'field' }, h('label', { for: 'nu-login' }, 'Login'), login,
        h('p', { class: 'muted', id: 'nu-login-opis' }, '3–64 znaki: litery łacińskie, cyfry, kropka, myślnik, podkreślnik lub @.'),
        errors.slot('login')),
      h('div', { class: 'field' }, h('label', { for: 'nu-nazwa' }, 'Imię i nazwisko (nazwa wyświetlana)'), name, errors.slot('displayName')),
      h('div', { class: 'field' }, h('label', { for: 'nu-rola' }, 'Rola'), role, errors.slot('role'))),
    gminaBox,
    h('div', { class: 'field' }, h('label', { for: 'nu-haslo' }, 'Hasło startowe'), password,
      h('div', { class: 'checkbox' }, show, h('label', { for: 'nu-pokaz' }, 'Pokaż hasło')),
      h('p', { class: 'muted' }, 'Hasło musi spełniać zasady:'), rules, errors.slot('password')),
    h('div', { class: 'actions' }, submit));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    errors.clear();
    summary.hidden = true;
    let first = null;
    const fail = (field, message, control) => { errors.show(field, message); first ??= control; };
    if (!loginRule.test(login.value.trim())) fail('login', 'Login musi mieć 3–64 znaki: litery łacińskie, cyfry, kropka, myślnik, podkreślnik lub @.', login);
    if (role.value === 'jst' && !picker.value) fail('teryt', 'Wybierz gminę pracownika JST z listy wyszukiwania.', picker);
    const broken = passwordRules.find(([, test]) => !test(login.value, password.value));
    if (broken) fail('password', `Hasło nie spełnia zasady: ${broken[0]}.`, password);
    if (first) {
      summary.textContent = 'Popraw zaznaczone pola.';
      summary.hidden = false;
      first.focus();
      return;
    }
    const needsGmina = role.value === 'jst' || role.value === 'jury';
    const body = { login: login.value.trim(), password: password.value, role: role.value,
      teryt: needsGmina && picker.value ? picker.value : null, displayName: name.value.trim() || null };
    submit.disabled = true;
    try {
      await api.post('/api/users', body);
      toast(`Utworzono konto ${body.login}.`, 'ok');
      form.reset();
      password.type = 'password';
      clear(picker.querySelector('.picker-results'));
      picker.querySelector('.picker-chosen').hidden = true;
      picker.value = '';
      checkRules();
      showGmina(role.value, gminaBox, gminaHelp);
      await onCreated(body.login);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) errors.show('login', e.message);
      summary.textContent = errors.fromProblem(e);
      summary.hidden = false;
      form.querySelector('[aria-invalid="true"]')?.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function roleSelect(id, value, disabled) {
  return h('select', { id, disabled }, roleOrder.map(r => h('option', { value: r, selected: r === value }, roleNames[r])));
}

function showGmina(role, box, help) {
  box.hidden = role !== 'jst' && role !== 'jury';
  help.textContent = role === 'jst'
    ? 'Wymagana: pracownik JST widzi i wypełnia ankietę tylko swojej gminy.'
    : 'Nieobowiązkowa: gmina jurora wyklucza go z oceny tej gminy (konflikt interesów).';
}

function stateOf(u) {
  if (u.locked) return { key: 'locked', text: 'zablokowane', css: 'status-locked' };
  if (u.lockedOutUntil && new Date(u.lockedOutUntil) > new Date())
    return { key: 'locked-out', text: `wstrzymane do ${formatDateTime(u.lockedOutUntil)} (błędne hasła)`, css: 'status-draft' };
  if (u.mustChangePassword) return { key: 'must-change', text: 'czeka na zmianę hasła', css: 'status-draft' };
  return { key: 'active', text: 'aktywne', css: 'status-closed' };
}

function hidden(text) {
  return h('span', { class: 'visually-hidden' }, text);
}

function messageOf(e) {
  return e instanceof ApiError && e.fieldErrors.length ? e.fieldErrors.map(f => f.message).join(' ') : e.message ?? String(e);
}

/** Error slots next to fields (id `<form>-<field>-blad`), filled from the client's checks or the server's problem. */
function fieldErrors() {
  const slots = new Map();
  return {
    slot(field) {
      const slot = h('p', { class: 'field-error', hidden: true, dataset: { field } });
      slots.set(field, slot);
      return slot;
    },
    show(field, message) {
      const slot = slots.get(field);
      if (!slot) return false;
      slot.textContent = message;
      slot.hidden = false;
      const control = slot.closest('.field')?.querySelector('input:not([type=checkbox]), select');
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        if (!slot.id) slot.id = `${control.id}-blad`;
        const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
        if (!described.includes(slot.id)) control.setAttribute('aria-describedby', [...described, slot.id].join(' '));
        // The message goes once the person changes the field.
        control.addEventListener('input', () => { slot.hidden = true; control.removeAttribute('aria-invalid'); }, { once: true });
      }
      return true;
    },
    clear() {
      for (const slot of slots.values()) {
        slot.hidden = true;
        slot.textContent = '';
        slot.closest('.field')?.querySelector('[aria-invalid]')?.removeAttribute('aria-invalid');
      }
    },
    /** Puts each field message of an ApiError next to its field; returns the text for the summary. */
    fromProblem(e) {
      if (!(e instanceof ApiError)) return e.message ?? String(e);
      let placed = 0;
      const rest = [];
      for (const { field, message } of e.fieldErrors) {
        const key = field.charAt(0).toLowerCase() + field.slice(1);
        if (this.show(key, message)) placed++; else rest.push(message);
      }
      if (e.status === 409) placed++;
      if (placed && !rest.length) return 'Nie zapisano: popraw zaznaczone pola.';
      return rest.length ? rest.join(' ') : e.message;
    },
  };
}

/** A table cell labelled with its column (shown before the value when the table is stacked on a phone). */
function cell(tag, label, attrs, ...children) {
  return h(tag, { ...attrs, 'data-label': label }, h('div', { class: 'cell' }, ...children));
}
