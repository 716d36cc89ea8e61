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

const populationClasses = {
  P1: 'poniżej 5 tys. mieszkańców',
  P2: '5–10 tys. mieszkańców',
  P3: '10–20 tys. mieszkańców',
  P4: '20–50 tys. mieszkańców',
  P5: '50–100 tys. mieszkańców',
  P6: '100–200 tys. mieszkańców',
  P7: '200 tys. mieszkańców i więcej',
  'P?': 'liczba mieszkańców nieznana',
};

export function populationClassLabel(code) {
  return populationClasses[code] ?? code ?? '';
}

export const voivodeships = {
  '02': 'dolnośląskie', '04': 'kujawsko-pomorskie', '06': 'lubelskie', '08': 'lubuskie', 10: 'łódzkie',
  12: 'małopolskie', 14: 'mazowieckie', 16: 'opolskie', 18: 'podkarpackie', 20: 'podlaskie', 22: 'pomorskie',
  24: 'śląskie', 26: 'świętokrzyskie', 28: 'warmińsko-mazurskie', 30: 'wielkopolskie', 32: 'zachodniopomorskie',
};

export function voivodeshipLabel(code) {
  const name = voivodeships[code];
  return name ? `województwo ${name}` : code ?? '';
}

/**
 * A peer group id of the API (methodology §2) in words: default:GW-P2 → "gminy wiejskie, 5–10 tys. mieszkańców";
 * default:GW (widened) → "gminy wiejskie (grupa poszerzona do całej kategorii …)"; neighbours:k15 → "15 najbliższych
 * podobnych gmin"; cohort:x → "kohorta „Name”" when names.cohorts knows it.
 */
export function peerGroupLabel(id, { widened = false, cohorts = {} } = {}) {
  if (!id) return '';
  const [kind, rest = ''] = String(id).split(/:(.*)/s);
  switch (kind) {
    case 'default': {
      const [category, populationClass] = rest.split('-');
      const words = populationClass
        ? `${categoryLabel(category)}, ${populationClassLabel(populationClass)}`
        : categoryLabel(category);
      return widened ? `${words} (poszerzona do całej kategorii: w klasie wielkości było mniej niż 5 gmin)` : words;
    }
    case 'category': return `wszystkie ${categoryLabel(rest)}`;
    case 'voivodeship': return `województwo ${voivodeships[rest] ?? rest} (wszystkie gminy)`;
    case 'all': return 'wszystkie gminy w Polsce';
    case 'neighbours': {
      const k = Number(rest.replace(/^k/, '')) || 15;
      return `${k} najbardziej podobnych gmin (sąsiedzi statystyczni)`;
    }
    case 'cohort': return cohorts[rest] ? `kohorta „${cohorts[rest]}”` : `kohorta ${rest}`;
    default: return String(id);
  }
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
