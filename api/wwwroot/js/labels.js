// Polish words for what the API returns as codes: plural forms, categories, population classes, voivodeships,
// peer groups and maturity levels. Pages show these, never the codes themselves.
const pluralRules = new Intl.PluralRules('pl-PL');

/**
 * The noun form for n by Polish plural rules: forms = [one, few, many] (e.g. ['gmina', 'gminy', 'gmin']);
 * fractions take the "other" form, which in Polish is the genitive singular given as forms[3] (default: few).
 */
export function pluralForm(n, forms) {
  const [one, few, many, other = few] = forms;
  return { one, few, many, other }[pluralRules.select(n)] ?? many;
}

const integerFormat = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 0 });

/** "1 gmina", "4 gminy", "5 gmin", "1 234 gmin": the number with a space grouping and the right noun form. */
export function count(n, forms) {
  return `${integerFormat.format(n)} ${pluralForm(n, forms)}`;
}

export const nouns = {
  gmina: ['gmina', 'gminy', 'gmin'],
  pytanie: ['pytanie', 'pytania', 'pytań'],
  osoba: ['osoba', 'osoby', 'osób'],
  wiersz: ['wiersz', 'wiersze', 'wierszy'],
  rozbieznosc: ['rozbieżność', 'rozbieżności', 'rozbieżności'],
  nominowany: ['nominowany', 'nominowanych', 'nominowanych'],
  juror: ['juror', 'jurorów', 'jurorów'],
  uzytkownik: ['użytkownik', 'użytkowników', 'użytkowników'],
  miejsce: ['miejsce', 'miejsca', 'miejsc'],
  plik: ['plik', 'pliki', 'plików'],
  wartosc: ['wartość', 'wartości', 'wartości'],
  czlonek: ['członek', 'członków', 'członków'],
};

export const categoryNames = {
  MNPP: 'miasta na prawach powiatu',
  GM: 'gminy miejskie',
  GMW: 'gminy miejsko-wiejskie',
  GW: 'gminy wiejskie',
};

/** "gminy wiejskie" for GW; an unknown code is shown as it is. */
export function categoryLabel(code) {
  return categoryNames[code] ?? code ?? '';
}

/** Singular, for one unit: "gmina wiejska". */
export function categorySingular(code) {
  return { MNPP: 'miasto na prawach powiatu', GM: 'gmina miejska', GMW: 'gmina miejsko-wiejska', GW: 'gmina wiejska' }[code] ?? code ?? '';
}

export const voivodeships = {
  '02': 'dolnośląskie', '04': 'kujawsko-pomorskie', '06': 'lubelskie', '08': 'lubuskie', 10: 'łódzkie',
  12: 'małopolskie', 14: 'mazowieckie', 16: 'opolskie', 18: 'podkarpackie', 20: 'podlaskie', 22: 'pomorskie',
  24: 'śląskie', 26: 'świętokrzyskie', 28: 'warmińsko-mazurskie', 30: 'wielkopolskie', 32: 'zachodniopomorskie',
};

/**
 * The peer group of a PeerStats in words: the server's groupLabel (one implementation, questionnaires PeerLabels),
 * with a cohort's name instead of its id where the page knows it.
 */
export function groupInWords(stats, cohortNames = {}) {
  const id = String(stats?.group ?? '');
  if (id.startsWith('cohort:') && cohortNames[id.slice(7)]) return `kohorta „${cohortNames[id.slice(7)]}”`;
  return stats?.groupLabel ?? id;
}

/** The comparison groups a person may choose (methodology §2), value = the API's `peers` parameter. */
export const peerChoices = [
  ['default', 'podobne gminy (ta sama kategoria i wielkość)'],
  ['neighbours', 'sąsiedzi statystyczni (15 najbardziej podobnych)'],
  ['voivodeship', 'gminy z tego samego województwa'],
  ['category', 'cała kategoria gmin'],
  ['all', 'wszystkie gminy w Polsce'],
];

const levels = {
  poczatkowy: 'początkowy', podstawowy: 'podstawowy', 'rozwijajacy-sie': 'rozwijający się', dojrzaly: 'dojrzały', wzorcowy: 'wzorcowy',
};

/** A maturity level id (rozwijajacy-sie) in words (rozwijający się); words pass through. */
export function levelLabel(level) {
  if (level === null || level === undefined) return null;
  const key = typeof level === 'object' ? level.id ?? level.name ?? level.label : level;
  return levels[key] ?? (typeof level === 'object' ? level.name ?? level.label ?? null : String(level));
}

/** Removes diacritics and case for matching names: "Żórawina" → "zorawina", "Łódź" → "lodz". */
export function foldText(text) {
  return String(text ?? '').toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
