// Search filters live in the page URL (shareable, back button works) and become the API query.
export const SORTS = ['relevance', 'distance', 'price', 'rating', 'name'] as const;
export type Sort = (typeof SORTS)[number];
export const DEFAULT_RADIUS_KM = 100;
export const PAGE_SIZE = 20;

export interface SearchFilters {
  q: string;
  genres: string[];
  capacityMin: number | null;
  capacityMax: number | null;
  /** Budget or fee, whole euros/francs in the URL; cents for the API. */
  budgetMin: number | null;
  budgetMax: number | null;
  townId: number | null;
  townName: string;
  radiusKm: number;
  dateFrom: string;
  dateTo: string;
  country: string[];
  region: string[];
  departement: string[];
  languages: string[];
  categories: string[];
  minRating: number | null;
  sort: Sort | null;
}

export const EMPTY_FILTERS: SearchFilters = {
  q: '',
  genres: [],
  capacityMin: null,
  capacityMax: null,
  budgetMin: null,
  budgetMax: null,
  townId: null,
  townName: '',
  radiusKm: DEFAULT_RADIUS_KM,
  dateFrom: '',
  dateTo: '',
  country: [],
  region: [],
  departement: [],
  languages: [],
  categories: [],
  minRating: null,
  sort: null,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function int(value: string | null, min = 0): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : null;
}

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

const day = (value: string | null) => (value && DAY.test(value) ? value : '');

function isSort(value: string | null): value is Sort {
  return (SORTS as readonly (string | null)[]).includes(value);
}

/** Tolerant: a hand-edited URL with a bad value loses that filter, never the page. */
export function parseFilters(params: URLSearchParams): SearchFilters {
  const radius = Number(params.get('radius'));
  const rating = Number(params.get('rating'));
  const sort = params.get('sort');
  return {
    q: params.get('q')?.trim() ?? '',
    genres: list(params.get('genres')),
    capacityMin: int(params.get('capMin')),
    capacityMax: int(params.get('capMax')),
    budgetMin: int(params.get('budgetMin')),
    budgetMax: int(params.get('budgetMax')),
    townId: int(params.get('town'), 1),
    townName: params.get('townName') ?? '',
    radiusKm: radius > 0 && radius <= 1500 ? radius : DEFAULT_RADIUS_KM,
    dateFrom: day(params.get('from')),
    dateTo: day(params.get('to')),
    country: list(params.get('country')),
    region: list(params.get('region')),
    departement: list(params.get('dep')),
    languages: list(params.get('lang')),
    categories: list(params.get('cat')),
    minRating: rating >= 1 && rating <= 5 ? rating : null,
    sort: isSort(sort) ? sort : null,
  };
}

/** The page URL of some filters: only what differs from the defaults, in a stable order. */
export function filtersToParams(f: SearchFilters): URLSearchParams {
  const p = new URLSearchParams();
  const put = (key: string, value: string | number | null | readonly string[]) => {
    const text = Array.isArray(value) ? value.join(',') : value === null ? '' : String(value);
    if (text !== '') p.set(key, text);
  };
  put('q', f.q.trim());
  put('genres', f.genres);
  put('capMin', f.capacityMin);
  put('capMax', f.capacityMax);
  put('budgetMin', f.budgetMin);
  put('budgetMax', f.budgetMax);
  if (f.townId !== null) {
    put('town', f.townId);
    put('townName', f.townName);
    if (f.radiusKm !== DEFAULT_RADIUS_KM) put('radius', f.radiusKm);
  }
  put('from', f.dateFrom);
  put('to', f.dateFrom && f.dateTo && f.dateTo !== f.dateFrom ? f.dateTo : '');
  put('country', f.country);
  put('region', f.region);
  put('dep', f.departement);
  put('lang', f.languages);
  put('cat', f.categories);
  put('rating', f.minRating);
  put('sort', f.sort);
  return p;
}

/** Query string of GET /catalogue/search/{kind} (and its /export) for these filters. */
export function apiQuery(f: SearchFilters): string {
  const p = new URLSearchParams();
  const put = (key: string, value: string | number | null | readonly string[]) => {
    const text = Array.isArray(value) ? value.join(',') : value === null ? '' : String(value);
    if (text !== '') p.set(key, text);
  };
  put('q', f.q.trim().length >= 1 ? f.q.trim() : '');
  put('genres', f.genres);
  // The API refuses min > max; the form only sends a consistent pair.
  const [capMin, capMax] = ordered(f.capacityMin, f.capacityMax);
  put('capacityMin', capMin);
  put('capacityMax', capMax);
  const [budgetMin, budgetMax] = ordered(f.budgetMin, f.budgetMax);
  put('priceMin', budgetMin === null ? null : budgetMin * 100);
  put('priceMax', budgetMax === null ? null : budgetMax * 100);
  if (f.townId !== null) {
    put('townId', f.townId);
    put('radiusKm', f.radiusKm);
  }
  if (f.dateFrom) {
    const to = f.dateTo && f.dateTo >= f.dateFrom ? f.dateTo : f.dateFrom;
    put('dateFrom', f.dateFrom);
    put('dateTo', to);
  }
  put('country', f.country);
  put('region', f.region);
  put('departement', f.departement);
  put('languages', f.languages);
  put('categories', f.categories);
  put('minRating', f.minRating);
  put('sort', f.sort === 'distance' && f.townId === null ? null : f.sort);
  p.set('limit', String(PAGE_SIZE));
  return p.toString();
}

function ordered(a: number | null, b: number | null): [number | null, number | null] {
  return a !== null && b !== null && a > b ? [b, a] : [a, b];
}

/** How many filters narrow the search (shown on the mobile "Filters" button). */
export function activeFilterCount(f: SearchFilters): number {
  return [
    f.q !== '',
    f.genres.length > 0,
    f.capacityMin !== null || f.capacityMax !== null,
    f.budgetMin !== null || f.budgetMax !== null,
    f.townId !== null,
    f.dateFrom !== '',
    f.country.length > 0,
    f.region.length > 0,
    f.departement.length > 0,
    f.languages.length > 0,
    f.categories.length > 0,
    f.minRating !== null,
  ].filter(Boolean).length;
}
