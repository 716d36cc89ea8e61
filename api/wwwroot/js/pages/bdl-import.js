// Coordinator: import one GUS BDL variable from the API's JSON files. Choose or drop the files, see the dry run
// (matched, changed, refused, flagged, skipped), then confirm: the same files are sent again without dryRun.
import { api, ApiError } from '../api.js';
import { h, clear, plain, integer } from '../dom.js';

const SHOWN_ROWS = 200;

export async function render(root, _params, { user, toast }) {
  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Import BDL'),
    h('h1', null, 'Import wskaźnika z Banku Danych Lokalnych (GUS)'),
    h('p', { class: 'lead' },
      'Wczytaj pliki JSON pobrane z API BDL (data/by-variable, poziom gmin) dla jednej zmiennej – jeden plik albo kilka stron. ' +
      'Najpierw zobaczysz podgląd; nic nie zostanie zapisane, dopóki nie zatwierdzisz importu.'));
  if (user.role !== 'coordinator' && user.role !== 'admin') {
    root.append(h('div', { class: 'alert alert-error', role: 'alert' }, 'Import danych jest dostępny tylko dla koordynatorów.'));
    return;
  }
  const indicators = await api.get('/api/indicators');
  let chosen = [];

  const input = h('input', { id: 'bdl-pliki', type: 'file', multiple: true, accept: '.json,application/json', 'aria-describedby': 'bdl-pliki-opis' });
  const fileList = h('ul', { id: 'bdl-lista', class: 'file-list', 'aria-label': 'Wybrane pliki' });
  const drop = h('div', { class: 'dropzone', id: 'bdl-upusc' }, 'Możesz też upuścić pliki tutaj.');
  const select = h('select', { id: 'bdl-wskaznik', 'aria-describedby': 'bdl-wskaznik-opis' },
    h('option', { value: '' }, '— według zmiennej BDL (pole bdlVariable katalogu) —'),
    indicators.map(i => h('option', { value: i.id }, i.unit ? `${i.name} (${i.unit})` : i.name)));
  const previewButton = h('button', { type: 'submit', class: 'button primary', id: 'bdl-podglad' }, 'Pokaż podgląd');
  const error = h('div', { class: 'alert alert-error', role: 'alert', hidden: true });
  const status = h('p', { class: 'muted', role: 'status', 'aria-live': 'polite' });
  const preview = h('section', { id: 'bdl-wynik', 'aria-labelledby': 'bdl-wynik-tytul', hidden: true });

  const choose = files => {
    chosen = [...files].filter(f => f.name);
    clear(fileList).append(...chosen.map(f => h('li', null, `${f.name} (${integer(Math.ceil(f.size / 1024))} KB)`)));
    preview.hidden = true;
    error.hidden = true;
  };
  input.addEventListener('change', () => choose(input.files));
  drop.addEventListener('dragover', event => { event.preventDefault(); drop.classList.add('dropzone-active'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('dropzone-active'));
  drop.addEventListener('drop', event => {
    event.preventDefault();
    drop.classList.remove('dropzone-active');
    choose(event.dataTransfer.files);
  });

  const send = async dryRun => {
    const form = new FormData();
    for (const file of chosen) form.append('files', file, file.name);
    const query = new URLSearchParams({ dryRun: String(dryRun) });
    if (select.value) query.set('indicatorId', select.value);
    return api.upload(`/api/metrics/import/bdl?${query}`, form);
  };

  const form = h('form', { class: 'card', novalidate: true },
    h('h2', null, 'Pliki i wskaźnik'),
    h('div', { class: 'field' }, h('label', { for: 'bdl-pliki' }, 'Pliki JSON z API BDL'), input,
      h('p', { id: 'bdl-pliki-opis', class: 'muted' }, 'Wszystkie pliki muszą dotyczyć tej samej zmiennej BDL.')),
    drop, fileList,
    h('div', { class: 'field' }, h('label', { for: 'bdl-wskaznik' }, 'Wskaźnik katalogu'), select,
      h('p', { id: 'bdl-wskaznik-opis', class: 'muted' }, 'Wybierz wskaźnik, gdy katalog nie przypisuje zmiennej BDL do żadnego wskaźnika.')),
    error,
    h('div', { class: 'actions' }, previewButton));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.hidden = true;
    if (!chosen.length) {
      error.textContent = 'Wybierz co najmniej jeden plik JSON.';
      error.hidden = false;
      input.focus();
      return;
    }
    previewButton.disabled = true;
    status.textContent = 'Sprawdzam pliki…';
    try {
      showPreview(preview, await send(true), { dryRun: true, confirm });
      status.textContent = 'Podgląd gotowy.';
    } catch (e) {
      showError(e);
    } finally {
      previewButton.disabled = false;
    }
  });

  async function confirm(button) {
    button.disabled = true;
    status.textContent = 'Zapisuję…';
    try {
      const result = await send(false);
      showPreview(preview, result, { dryRun: false });
      status.textContent = `Zaimportowano ${plain(result.imported)} wartości.`;
      toast(`Zaimportowano ${plain(result.imported)} wartości wskaźnika ${result.indicatorId}.`, 'ok');
    } catch (e) {
      showError(e);
      button.disabled = false;
    }
  }

  function showError(e) {
    status.textContent = '';
    if (e instanceof ApiError && Array.isArray(e.problem.rejected) && e.problem.variableId !== undefined) {
      showPreview(preview, e.problem, { dryRun: false, refused: e.message });
      return;
    }
    error.textContent = e.message;
    error.hidden = false;
    preview.hidden = true;
  }

  root.append(form, status, preview);
}

function showPreview(section, result, { dryRun, confirm, refused }) {
  clear(section).hidden = false;
  const rejected = result.rejected ?? [];
  const flagged = Object.entries(result.flagged ?? {});
  const flaggedCount = flagged.reduce((sum, [, n]) => sum + n, 0);
  section.append(
    h('h2', { id: 'bdl-wynik-tytul', tabindex: '-1' }, dryRun ? 'Podgląd importu (nic nie zapisano)' : refused ? 'Import odrzucony' : 'Import zapisany'),
    h('div', { class: 'kpis' },
      kpi('Zmienna BDL', result.variableId),
      kpi('Wskaźnik', result.indicatorId),
      kpi('Lata', (result.years ?? []).join(', ') || '—'),
      kpi('Dopasowane gminy', integer(result.matched)),
      kpi(dryRun ? 'Wartości do zapisania' : 'Zapisane wartości', integer(result.imported)),
      kpi(dryRun ? 'Zmienią się' : 'Zmienione', integer((result.changed ?? []).length)),
      kpi('Odrzucone wiersze', integer(rejected.length)),
      kpi('Wartości oznaczone w BDL', integer(flaggedCount)),
      kpi('Pominięte jednostki', integer((result.skipped ?? []).length))));
  if (refused) section.append(h('div', { class: 'alert alert-error', role: 'alert' }, refused));
  else if (rejected.length && dryRun) {
    section.append(h('div', { class: 'alert alert-error', role: 'alert' },
      `Import zostanie odrzucony w całości: ${rejected.length} ${rejected.length === 1 ? 'wiersz ma' : 'wierszy ma'} błędy. Popraw pliki i sprawdź je ponownie.`));
  } else if (!dryRun) {
    section.append(h('div', { class: 'alert alert-ok', role: 'status' },
      `Zapisano ${plain(result.imported)} wartości wskaźnika ${result.indicatorId}; zmieniło się ${plain((result.changed ?? []).length)}.`));
  }
  section.append(
    table('Odrzucone wiersze', ['Plik', 'Pozycja w results', 'Powód'], rejected.map(r => [r.file, r.index, r.reason]), 'bdl-odrzucone'),
    table(dryRun ? 'Wartości, które się zmienią' : 'Zmienione wartości', ['TERYT', 'Rok', 'Było', 'Będzie'],
      (result.changed ?? []).map(c => [c.teryt, c.year, plain(c.old), plain(c.new)]), 'bdl-zmiany'),
    table('Wartości oznaczone w BDL (nie importowane)', ['Atrybut BDL (attrId)', 'Liczba wartości'], flagged.map(([attr, n]) => [attr, n]), 'bdl-oznaczone'),
    table('Pominięte jednostki', ['Identyfikator BDL', 'Nazwa', 'Powód'], (result.skipped ?? []).map(s => [s.id, s.name, s.reason]), 'bdl-pominiete'));
  if (dryRun && confirm) {
    const button = h('button', { type: 'button', class: 'button primary', id: 'bdl-zatwierdz', disabled: rejected.length > 0 || result.imported === 0 },
      'Zatwierdź import');
    button.addEventListener('click', () => confirm(button));
    section.append(h('div', { class: 'actions' }, button));
  }
  section.querySelector('h2').focus();
}

function kpi(label, value) {
  return h('div', { class: 'kpi' }, h('p', { class: 'kpi-value' }, String(value ?? '—')), h('p', { class: 'kpi-label' }, label));
}

function table(caption, headers, rows, id) {
  if (!rows.length) return null;
  const shown = rows.slice(0, SHOWN_ROWS);
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data', id },
    h('caption', null, rows.length > SHOWN_ROWS ? `${caption} (pokazano ${SHOWN_ROWS} z ${rows.length})` : `${caption} (${rows.length})`),
    h('thead', null, h('tr', null, headers.map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', null, shown.map(r => h('tr', null, r.map(cell => h('td', null, String(cell ?? '—'))))))));
}
