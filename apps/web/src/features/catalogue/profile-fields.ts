// Kind-specific profile fields as data: one generic form renders every kind from this spec, and
// the profile page shows the same fields read-only. Paths are dotted paths inside `details`.
import {
  AUDIENCES,
  DEAL_TYPES,
  PERFORMANCE_TYPES,
  PRODUCTION_TYPES,
  PROVIDER_SERVICES,
  type ProfileKind,
  TECHNICIAN_SPECIALITIES,
  VENUE_TYPES,
} from '@flowstage/domain/catalogue';

export type FieldSpec =
  | { path: string; type: 'text' | 'textarea' | 'url' | 'email' | 'date' | 'monthDay' }
  | { path: string; type: 'number' | 'decimal' | 'money' | 'minutes'; required?: boolean }
  | {
      path: string;
      type: 'select' | 'multiselect';
      options: readonly (string | number)[];
      required?: boolean;
    }
  | { path: string; type: 'equipment' | 'tags' | 'boolean' | 'genres' }
  | { path: string; type: 'riderFile'; rider: 'technical' | 'hospitality' }
  | { path: string; type: 'list'; fields: readonly FieldSpec[]; empty: Record<string, unknown> };

export interface SectionSpec {
  id: string;
  fields: readonly FieldSpec[];
}

const CURRENCIES = ['EUR', 'CHF'] as const;
const price = (path: string, extra: FieldSpec[] = []): FieldSpec[] => [
  { path: `${path}.minCents`, type: 'money' },
  { path: `${path}.maxCents`, type: 'money' },
  { path: `${path}.currency`, type: 'select', options: CURRENCIES },
  ...extra,
];

/** Insurance and certificates with their expiry (street arts, technicians, providers). */
const PAPERS: SectionSpec = {
  id: 'papers',
  fields: [
    { path: 'insurance.insurer', type: 'text' },
    { path: 'insurance.policyNumber', type: 'text' },
    { path: 'insurance.validTo', type: 'date' },
    {
      path: 'certifications',
      type: 'list',
      empty: {},
      fields: [
        { path: 'name', type: 'text' },
        { path: 'validTo', type: 'date' },
      ],
    },
  ],
};

export const DETAIL_SECTIONS: Record<ProfileKind, readonly SectionSpec[]> = {
  artist: [
    {
      id: 'act',
      fields: [
        {
          path: 'actType',
          type: 'select',
          options: ['solo', 'band', 'dj', 'orchestra', 'collective'],
          required: true,
        },
        { path: 'travellingParty', type: 'number', required: true },
        { path: 'audienceDraw', type: 'number' },
        { path: 'capacityRange.min', type: 'number', required: true },
        { path: 'capacityRange.max', type: 'number', required: true },
      ],
    },
    {
      id: 'fees',
      fields: [
        {
          path: 'fees',
          type: 'list',
          empty: { dealType: 'flat_guarantee', currency: 'EUR' },
          fields: [
            { path: 'dealType', type: 'select', options: DEAL_TYPES },
            { path: 'minCents', type: 'money' },
            { path: 'maxCents', type: 'money' },
            { path: 'currency', type: 'select', options: CURRENCIES },
          ],
        },
      ],
    },
    {
      id: 'riders',
      fields: [
        { path: 'technicalRider.inputs', type: 'number' },
        { path: 'technicalRider.stageWidthM', type: 'decimal' },
        { path: 'technicalRider.stageDepthM', type: 'decimal' },
        { path: 'technicalRider.powerKw', type: 'decimal' },
        { path: 'technicalRider.backline', type: 'tags' },
        { path: 'technicalRider.file', type: 'riderFile', rider: 'technical' },
        { path: 'technicalRider.pdfUrl', type: 'url' },
        { path: 'hospitalityRider.pdfUrl', type: 'url' },
        { path: 'hospitalityRider.file', type: 'riderFile', rider: 'hospitality' },
        { path: 'hospitalityRider.text', type: 'textarea' },
      ],
    },
    {
      id: 'tour',
      fields: [
        {
          path: 'tourSchedule',
          type: 'list',
          empty: {},
          fields: [
            { path: 'date', type: 'date' },
            { path: 'city', type: 'text' },
            { path: 'venueName', type: 'text' },
          ],
        },
      ],
    },
  ],
  venue: [
    {
      id: 'venue',
      fields: [
        { path: 'venueType', type: 'select', options: VENUE_TYPES, required: true },
        { path: 'capacitySeated', type: 'number' },
        { path: 'capacityStanding', type: 'number' },
        { path: 'accessiblePmr', type: 'boolean' },
      ],
    },
    { id: 'budget', fields: price('budget') },
    {
      id: 'licence',
      fields: [
        { path: 'licence.category', type: 'select', options: [1, 2, 3] },
        { path: 'licence.number', type: 'text' },
      ],
    },
    {
      id: 'tech',
      fields: [
        { path: 'technicalSpecs.stageWidthM', type: 'decimal' },
        { path: 'technicalSpecs.stageDepthM', type: 'decimal' },
        { path: 'technicalSpecs.stageHeightM', type: 'decimal' },
        { path: 'technicalSpecs.powerKw', type: 'decimal' },
        { path: 'technicalSpecs.powerNotes', type: 'text' },
        { path: 'technicalSpecs.riggingPoints', type: 'number' },
        { path: 'technicalSpecs.riggingLoadKg', type: 'number' },
        { path: 'technicalSpecs.desks', type: 'tags' },
        { path: 'technicalSpecs.pa', type: 'tags' },
        { path: 'technicalSpecs.backline', type: 'tags' },
        { path: 'technicalSpecs.lighting', type: 'tags' },
        { path: 'technicalSpecs.notes', type: 'textarea' },
      ],
    },
    {
      id: 'programming',
      fields: [
        {
          path: 'pastProgramming',
          type: 'list',
          empty: {},
          fields: [
            { path: 'date', type: 'date' },
            { path: 'artistName', type: 'text' },
            { path: 'genres', type: 'genres' },
            { path: 'attendance', type: 'number' },
          ],
        },
      ],
    },
  ],
  street_arts_company: [
    {
      id: 'show',
      fields: [
        { path: 'performanceTypes', type: 'multiselect', options: PERFORMANCE_TYPES, required: true },
        { path: 'durationSeconds', type: 'minutes', required: true },
        { path: 'gauge.min', type: 'number', required: true },
        { path: 'gauge.max', type: 'number', required: true },
        { path: 'audiences', type: 'multiselect', options: AUDIENCES },
        { path: 'technicallyAutonomous', type: 'boolean' },
        { path: 'weatherDependent', type: 'boolean' },
        { path: 'pmrFriendly', type: 'boolean' },
        { path: 'municipalExperience', type: 'boolean' },
      ],
    },
    {
      id: 'fees',
      fields: price('rates', [
        { path: 'rates.structure', type: 'select', options: ['per_show', 'per_day', 'per_series'] },
      ]),
    },
    {
      id: 'space',
      fields: [
        { path: 'spaceRequirements.widthM', type: 'decimal' },
        { path: 'spaceRequirements.depthM', type: 'decimal' },
        { path: 'spaceRequirements.notes', type: 'textarea' },
      ],
    },
    PAPERS,
  ],
  technician: [
    {
      id: 'skills',
      fields: [
        { path: 'specialities', type: 'multiselect', options: TECHNICIAN_SPECIALITIES, required: true },
        { path: 'equipment', type: 'equipment' },
        { path: 'travelRadiusKm', type: 'number', required: true },
        { path: 'venuesWorked', type: 'tags' },
      ],
    },
    {
      id: 'fees',
      fields: [
        { path: 'dayRate.amountCents', type: 'money', required: true },
        { path: 'dayRate.currency', type: 'select', options: CURRENCIES },
      ],
    },
    PAPERS,
  ],
  service_provider: [
    {
      id: 'services',
      fields: [
        { path: 'services', type: 'multiselect', options: PROVIDER_SERVICES, required: true },
        { path: 'coverageRadiusKm', type: 'number', required: true },
        { path: 'capacity', type: 'number' },
        {
          path: 'vehicles',
          type: 'list',
          empty: { type: 'van' },
          fields: [
            { path: 'type', type: 'select', options: ['car', 'van', 'bus', 'truck'] },
            { path: 'seats', type: 'number' },
            { path: 'count', type: 'number' },
          ],
        },
      ],
    },
    {
      id: 'fees',
      fields: price('prices', [
        {
          path: 'prices.unit',
          type: 'select',
          options: ['per_night', 'per_day', 'per_km', 'per_person', 'flat'],
        },
      ]),
    },
    PAPERS,
  ],
  municipality: [
    {
      id: 'town',
      fields: [
        { path: 'inseeCode', type: 'text' },
        { path: 'population', type: 'number', required: true },
        { path: 'cultureBudgetCents', type: 'money' },
      ],
    },
    {
      id: 'spaces',
      fields: [
        {
          path: 'publicSpaces',
          type: 'list',
          empty: {},
          fields: [
            { path: 'name', type: 'text' },
            { path: 'type', type: 'text' },
            { path: 'capacity', type: 'number' },
          ],
        },
      ],
    },
    {
      id: 'contact',
      fields: [
        { path: 'procurementContact.name', type: 'text' },
        { path: 'procurementContact.email', type: 'email' },
        { path: 'procurementContact.phone', type: 'text' },
      ],
    },
  ],
  campsite: [
    {
      id: 'sites',
      fields: [
        { path: 'chain', type: 'boolean' },
        { path: 'audiences', type: 'multiselect', options: AUDIENCES },
        {
          path: 'sites',
          type: 'list',
          empty: { seasonStart: '04-01', seasonEnd: '09-30' },
          fields: [
            { path: 'name', type: 'text' },
            { path: 'city', type: 'text' },
            { path: 'stars', type: 'select', options: [1, 2, 3, 4, 5] },
            { path: 'capacity', type: 'number' },
            { path: 'seasonStart', type: 'monthDay' },
            { path: 'seasonEnd', type: 'monthDay' },
          ],
        },
      ],
    },
    { id: 'budget', fields: price('budgetPerShow') },
  ],
  audiovisual_production: [
    {
      id: 'projects',
      fields: [
        {
          path: 'projects',
          type: 'list',
          empty: { type: 'film' },
          fields: [
            { path: 'title', type: 'text' },
            { path: 'type', type: 'select', options: PRODUCTION_TYPES },
            { path: 'shootingFrom', type: 'date' },
            { path: 'shootingTo', type: 'date' },
            { path: 'city', type: 'text' },
          ],
        },
        {
          path: 'crewNeeds',
          type: 'list',
          empty: {},
          fields: [
            { path: 'role', type: 'text' },
            { path: 'from', type: 'date' },
            { path: 'to', type: 'date' },
          ],
        },
        {
          path: 'extrasCalls',
          type: 'list',
          empty: {},
          fields: [
            { path: 'title', type: 'text' },
            { path: 'date', type: 'date' },
            { path: 'count', type: 'number' },
            { path: 'profile', type: 'textarea' },
          ],
        },
      ],
    },
  ],
};

/** Minimal valid-looking details of a new profile of a kind (required arrays and flags present). */
export const NEW_DETAILS: Record<ProfileKind, Record<string, unknown>> = {
  artist: { fees: [{ dealType: 'flat_guarantee', currency: 'EUR' }] },
  venue: { budget: { currency: 'EUR' } },
  street_arts_company: {
    performanceTypes: [],
    audiences: [],
    technicallyAutonomous: false,
    weatherDependent: false,
    pmrFriendly: false,
    municipalExperience: false,
    rates: { currency: 'EUR', structure: 'per_show' },
  },
  technician: { specialities: [], equipment: [], dayRate: { currency: 'EUR' } },
  service_provider: { services: [], prices: { currency: 'EUR', unit: 'per_day' } },
  municipality: {},
  campsite: {
    chain: false,
    audiences: [],
    sites: [{ seasonStart: '04-01', seasonEnd: '09-30' }],
    budgetPerShow: { currency: 'EUR' },
  },
  audiovisual_production: { projects: [] },
};

export function getPath(source: unknown, path: string): unknown {
  let value = source;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key]; // walking plain JSON objects and arrays
  }
  return value;
}

/** Immutable set of a dotted path (numeric segments index arrays), creating objects on the way. */
export function setPath<T>(source: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.');
  if (key === undefined) return source;
  const container: Record<string, unknown> | unknown[] = Array.isArray(source)
    ? [...source]
    : { ...(source !== null && typeof source === 'object' ? source : {}) };
  const current = (container as Record<string, unknown>)[key];
  (container as Record<string, unknown>)[key] =
    rest.length === 0 ? value : setPath(current ?? {}, rest.join('.'), value);
  return container as T; // same shape as the source with one path replaced
}

/**
 * What the API should receive: blank strings, null and NaN dropped, objects left empty by that
 * dropped too (optional sub-documents such as a rider nobody filled). Arrays are kept.
 */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune).filter((v) => v !== undefined);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, prune(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  if (value === '' || value === null || (typeof value === 'number' && Number.isNaN(value))) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  return value;
}

/** API field errors keyed by dotted path (`details.capacityRange.min`), several joined. */
export function errorsByPath(errors: readonly { field: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.field] = out[e.field] ? `${out[e.field]} · ${e.message}` : e.message;
  return out;
}

/** Every dotted path of the spec of a kind, list items excepted (used to find unplaced errors). */
export function specPaths(kind: ProfileKind): string[] {
  return DETAIL_SECTIONS[kind].flatMap((s) => s.fields.map((f) => `details.${f.path}`));
}

const COMMON_PATHS = ['name', 'description', 'postcode', 'genres', 'languages', 'latitude', 'city'];

/** Paths that have an input on the form for these values (list items included). */
export function renderedPaths(
  kind: ProfileKind,
  values: { details: unknown; mediaLinks: readonly unknown[] },
): Set<string> {
  const out = new Set(COMMON_PATHS);
  values.mediaLinks.forEach((_, i) => {
    out.add(`mediaLinks.${i}.label`);
    out.add(`mediaLinks.${i}.url`);
  });
  const walk = (fields: readonly FieldSpec[], prefix: string) => {
    for (const f of fields) {
      const path = `${prefix}.${f.path}`;
      out.add(path);
      if (f.type === 'list') {
        const items = getPath({ details: values.details }, path);
        if (Array.isArray(items)) for (let i = 0; i < items.length; i++) walk(f.fields, `${path}.${i}`);
      }
    }
  };
  for (const section of DETAIL_SECTIONS[kind]) walk(section.fields, 'details');
  return out;
}
