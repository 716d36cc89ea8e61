// Shared by the admin pages (users, imports, audit log): role names, dates in Europe/Warsaw, gmina names by TERYT,
// a confirmation dialog for destructive actions and the "brak uprawnień" notice.
import { api } from '../api.js';
import { h, clear } from '../dom.js';

export const roleNames = { admin: 'administrator', coordinator: 'koordynator', jst: 'pracownik JST', jury: 'juror' };
export const roleOrder = ['jst', 'jury', 'coordinator', 'admin'];

export function roleLabel(role) {
  return roleNames[role] ?? role ?? '';
}

const dateTime = new Intl.DateTimeFormat('pl-PL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Warsaw' });
const dateTimeSeconds = new Intl.DateTimeFormat('pl-PL', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Warsaw' });

/** "12 mar 2025, 14:05" in Warsaw time; a missing date is `missing`. */
export function formatDateTime(value, { seconds = false, missing = '—' } = {}) {
  if (!value) return missing;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return missing;
  return (seconds ? dateTimeSeconds : dateTime).format(date);
}

/** A <time> element with the machine-readable instant and the Polish text. */
export function timeElement(value, options) {
  if (!value) return h('span', { class: 'muted' }, options?.missing ?? '—');
  return h('time', { datetime: new Date(value).toISOString() }, formatDateTime(value, options));
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Warsaw', timeZoneName: 'longOffset' });

/** The instant where the Warsaw day `yyyy-mm-dd` starts (or ends), as ISO 8601 with the Warsaw offset of that day. */
export function warsawInstant(day, endOfDay = false) {
  const noon = new Date(`${day}T12:00:00Z`);
  const name = offsetFormat.formatToParts(noon).find(p => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const offset = name === 'GMT' ? '+00:00' : name.replace('GMT', '');
  return `${day}T${endOfDay ? '23:59:59.999' : '00:00:00'}${offset}`;
}

const units = new Map();

/** The gmina of a TERYT code ({teryt, name, …}) or null; asked once per code. */
export function municipality(teryt) {
  if (!teryt) return Promise.resolve(null);
  if (!units.has(teryt)) units.set(teryt, api.find(`/api/municipalities/${encodeURIComponent(teryt)}`).catch(() => null));
  return units.get(teryt);
}

/** Names of many TERYT codes at once: Map teryt → unit (unknown ones left out). */
export async function municipalities(terytCodes) {
  const distinct = [...new Set(terytCodes.filter(Boolean))];
  const found = await Promise.all(distinct.map(t => municipality(t)));
  return new Map(distinct.map((t, i) => [t, found[i]]).filter(([, unit]) => unit));
}

/** The notice a person sees on a page their role may not open. */
export function forbidden(root, what) {
  clear(root).append(
    h('h1', null, 'Brak uprawnień'),
    h('div', { class: 'alert alert-error', role: 'alert' }, `${what} Jeśli potrzebujesz dostępu, poproś administratora.`),
    h('p', null, h('a', { href: '#/' }, 'Wróć do pulpitu')));
}

/**
 * Asks to confirm an action in a modal <dialog> (focus kept inside, Escape cancels). Resolves true on confirm.
 * options: {title, text, confirm: button text, danger}.
 */
export function confirmAction({ title, text, confirm = 'Potwierdź', danger = true }) {
  return new Promise(resolve => {
    const yes = h('button', { type: 'button', class: `button ${danger ? 'danger-solid' : 'primary'}`, value: 'yes' }, confirm);
    const no = h('button', { type: 'button', class: 'button secondary', value: 'no' }, 'Anuluj');
    const dialog = h('dialog', { class: 'admin-dialog', 'aria-labelledby': 'potwierdzenie-tytul', 'aria-describedby': 'potwierdzenie-tekst' },
      h('h2', { id: 'potwierdzenie-tytul' }, title),
      h('p', { id: 'potwierdzenie-tekst' }, text),
      h('div', { class: 'actions' }, yes, no));
    let answer = false;
    yes.addEventListener('click', () => { answer = true; dialog.close(); });
    no.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => { dialog.remove(); resolve(answer); });
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}

/** A modal <dialog> with a heading; returns {dialog, body, close}. The caller fills body. */
export function openDialog(title, id) {
  const body = h('div', { class: 'admin-dialog-body' });
  const dialog = h('dialog', { class: 'admin-dialog', id, 'aria-labelledby': `${id}-tytul` }, h('h2', { id: `${id}-tytul` }, title), body);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, body, close: () => dialog.close() };
}
