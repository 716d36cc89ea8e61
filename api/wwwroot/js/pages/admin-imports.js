// Coordinator and admin: imports of indicator values (.xlsx/.csv teryt,year,indicatorId,value) and budget lines
// (.csv teryt;year;dzial;rozdzial;paragraf;amount). Choose or drop a file; a <progress> shows the upload (percent),
// then an indeterminate state while the server validates; the result is the imported count or every refused row
// with its Polish reason — an import is all-or-nothing, so then nothing was stored.
import { session, ApiError } from '../api.js';
import { h, clear, integer } from '../dom.js';
import { count, nouns } from '../labels.js';
import { forbidden } from './admin-common.js';

const SHOWN_ROWS = 10_000; // the server lists at most 10 000 refused rows
const pozycja = ['pozycja', 'pozycje', 'pozycji'];

const imports = [
  {
    id: 'wskazniki',
    title: 'Wartości wskaźników',
    path: '/api/metrics/import',
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    format: 'Plik .xlsx albo .csv z kolumnami teryt, year, indicatorId, value (pierwszy wiersz to nagłówek).',
    example: 'teryt,year,indicatorId,value\n0223092,2024,EDU_02,12.5',
    done: r => `Zaimportowano ${count(r.imported, nouns.wartosc)} wskaźników.`,
  },
  {
    id: 'budzet',
    title: 'Pozycje budżetu',
    path: '/api/budget/import',
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    format: 'Plik .csv (średnik albo przecinek) z kolumnami teryt;year;dzial;rozdzial;paragraf;amount. Pozycje gminy z danego roku zastępują wcześniej zapisane pozycje tej gminy z tego roku.',
    example: 'teryt;year;dzial;rozdzial;paragraf;amount\n0223092;2022;900;90001;6050;125000,50',
    done: r => `Zaimportowano ${count(r.imported, pozycja)} budżetu` +
      (r.unitYears !== undefined ? ` (${count(r.unitYears, ['zestaw', 'zestawy', 'zestawów'])} gmina–rok).` : '.'),
  },
];

export async function render(root, _params, { user, toast }) {
  if (user.role !== 'coordinator' && user.role !== 'admin') {
    forbidden(root, 'Import danych jest dostępny tylko dla koordynatorów i administratorów.');
    return;
  }
  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Importy'),
    h('h1', null, 'Importy danych'),
    h('p', { class: 'lead' },
      'Wczytaj plik z wartościami wskaźników albo pozycjami budżetu. Serwer sprawdza cały plik: jeśli choć jeden wiersz ma błąd, ',
      'nie zapisuje niczego i pokazuje listę wszystkich błędnych wierszy.'),
    h('p', null, 'Dane z Banku Danych Lokalnych GUS (pliki JSON) importujesz na stronie ', h('a', { href: '#/import/bdl' }, 'Import BDL'), '.'),
    h('div', { class: 'import-grid' }, imports.map(definition => importCard(definition, toast))));
}

function importCard(def, toast) {
  const { id } = def;
  let chosen = null;
  const input = h('input', { id: `${id}-plik`, type: 'file', accept: def.accept, 'aria-describedby': `${id}-format` });
  const drop = h('div', { class: 'dropzone', id: `${id}-upusc` }, 'albo upuść plik tutaj');
  const fileInfo = h('p', { class: 'file-chosen', id: `${id}-wybrany`, hidden: true });
  const submit = h('button', { type: 'submit', class: 'button primary', id: `${id}-importuj` }, 'Importuj plik');
  const formError = h('p', { class: 'field-error', id: `${id}-blad`, role: 'alert', hidden: true });
  const progressLabel = h('span', { id: `${id}-postep-etykieta` }, 'Wysyłanie pliku');
  const progress = h('progress', { id: `${id}-postep`, max: '100', value: '0', 'aria-labelledby': `${id}-postep-etykieta` });
  const progressText = h('span', { class: 'progress-text', id: `${id}-postep-tekst` });
  const progressBox = h('div', { class: 'upload-progress', hidden: true, role: 'status', 'aria-live': 'polite' },
    progressLabel, progress, progressText);
  const result = h('div', { class: 'import-result', id: `${id}-wynik`, tabindex: '-1' });

  const choose = file => {
    chosen = file ?? null;
    formError.hidden = true;
    fileInfo.hidden = !chosen;
    if (chosen) fileInfo.textContent = `Wybrany plik: ${chosen.name} (${integer(Math.max(1, Math.ceil(chosen.size / 1024)))} KB)`;
  };
  input.addEventListener('change', () => choose(input.files[0]));
  drop.addEventListener('dragover', event => { event.preventDefault(); drop.classList.add('dropzone-active'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('dropzone-active'));
  drop.addEventListener('drop', event => {
    event.preventDefault();
    drop.classList.remove('dropzone-active');
    choose(event.dataTransfer.files[0]);
  });

  const form = h('form', { class: 'card import-card', novalidate: true, id: `${id}-formularz`, 'aria-labelledby': `${id}-tytul` },
    h('h2', { id: `${id}-tytul` }, def.title),
    h('p', { id: `${id}-format`, class: 'muted' }, def.format),
    h('details', { class: 'example' }, h('summary', null, 'Przykład pliku'), h('pre', null, def.example)),
    h('div', { class: 'field' }, h('label', { for: `${id}-plik` }, 'Plik do importu'), input, formError),
    drop, fileInfo,
    h('div', { class: 'actions' }, submit),
    progressBox,
    result);

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clear(result);
    if (!chosen) {
      formError.textContent = 'Wybierz plik do importu.';
      formError.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    submit.disabled = true;
    progressBox.hidden = false;
    progressLabel.textContent = 'Wysyłanie pliku';
    progress.value = 0;
    progressText.textContent = '0 %';
    try {
      const answer = await uploadWithProgress(def.path, chosen, {
        onUpload(loaded, total) {
          const percent = Math.floor((100 * loaded) / total);
          progress.value = percent;
          progressText.textContent = `${percent} %`;
        },
        onServer() {
          progress.removeAttribute('value'); // indeterminate while the server validates and stores
          progressLabel.textContent = 'Serwer sprawdza plik';
          progressText.textContent = 'Sprawdzanie wszystkich wierszy…';
        },
      });
      showDone(result, def.done(answer));
      toast(def.done(answer), 'ok');
    } catch (e) {
      showRefused(result, e);
    } finally {
      progressBox.hidden = true;
      submit.disabled = false;
      result.focus();
    }
  });
  return form;
}

function showDone(result, text) {
  clear(result).append(h('div', { class: 'alert alert-ok', role: 'status' }, h('strong', null, 'Import zapisany. '), text));
}

function showRefused(result, e) {
  const problem = e instanceof ApiError ? e.problem : {};
  const rejected = Array.isArray(problem.rejected) ? problem.rejected : [];
  const total = problem.rejectedCount ?? rejected.length;
  clear(result);
  if (e instanceof ApiError && e.status === 401) {
    result.append(h('div', { class: 'alert alert-error', role: 'alert' },
      'Sesja wygasła — nic nie zostało zapisane. ', h('a', { href: '#/logowanie' }, 'Zaloguj się ponownie'), ' i wczytaj plik jeszcze raz.'));
    return;
  }
  if (rejected.length) {
    result.append(h('div', { class: 'alert alert-error', role: 'alert' },
      h('strong', null, 'Nic nie zostało zapisane. '),
      `Plik ma błędy: ${count(total, nouns.wiersz)} do poprawy. Popraw je i wczytaj cały plik ponownie.`));
    const shown = rejected.slice(0, SHOWN_ROWS);
    result.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data rejected-rows' },
      h('caption', null, shown.length < total ? `Odrzucone wiersze (pokazano ${integer(shown.length)} z ${integer(total)})` : 'Odrzucone wiersze'),
      h('thead', null, h('tr', null, h('th', { scope: 'col', class: 'num' }, 'Wiersz pliku'), h('th', { scope: 'col' }, 'Powód'))),
      h('tbody', null, shown.map(r => h('tr', null, h('td', { class: 'num' }, integer(r.row)), h('td', null, r.reason)))))));
    return;
  }
  const messages = e instanceof ApiError && e.fieldErrors.length ? e.fieldErrors.map(f => f.message).join(' ') : e.message ?? String(e);
  result.append(h('div', { class: 'alert alert-error', role: 'alert' },
    h('strong', null, 'Nic nie zostało zapisane. '), messages));
}

/** POST of one file as multipart field `file`, with upload progress, the session cookie and the anti-forgery header. */
function uploadWithProgress(path, file, { onUpload, onServer }) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    const token = session.get()?.antiforgery;
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.addEventListener('progress', event => { if (event.lengthComputable) onUpload(event.loaded, event.total); });
    xhr.upload.addEventListener('load', () => onServer());
    xhr.addEventListener('load', () => {
      let data = null;
      if (xhr.responseText) {
        try { data = JSON.parse(xhr.responseText); } catch { data = { detail: xhr.responseText }; }
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data ?? {});
      else reject(new ApiError(xhr.status, data));
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, { detail: 'Brak połączenia z serwerem. Sprawdź sieć i spróbuj ponownie.' })));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
