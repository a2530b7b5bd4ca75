import type { ProfileKind } from './kinds.ts';
import type { FieldIssue } from './validation.ts';

/** How a flat cell (CSV column, XML leaf) maps to the nested profile document. */
export type ColumnType = 'string' | 'number' | 'boolean' | 'list' | 'json';
export interface Column {
  readonly path: string;
  readonly type: ColumnType;
}

const c = (type: ColumnType, ...paths: string[]): Column[] => paths.map((path) => ({ path, type }));

const COMMON: Column[] = [
  ...c('string', 'name', 'description', 'country', 'region', 'departement', 'city', 'postcode'),
  ...c('number', 'latitude', 'longitude'),
  ...c('list', 'genres', 'languages'),
  ...c('json', 'mediaLinks'),
];

const d = (type: ColumnType, ...paths: string[]) => c(type, ...paths.map((p) => `details.${p}`));

const BY_KIND: Record<ProfileKind, Column[]> = {
  artist: [
    ...d('string', 'actType'),
    ...d('number', 'audienceDraw', 'capacityRange.min', 'capacityRange.max', 'travellingParty'),
    ...d('json', 'fees', 'technicalRider', 'hospitalityRider', 'exclusivityZones', 'tourSchedule'),
  ],
  venue: [
    ...d('string', 'venueType'),
    ...d('number', 'capacityStanding', 'capacitySeated', 'budget.minCents', 'budget.maxCents'),
    ...d('string', 'budget.currency'),
    ...d('number', 'licence.category'),
    ...d('string', 'licence.number'),
    ...d('boolean', 'accessiblePmr'),
    ...d('json', 'technicalSpecs', 'pastProgramming'),
  ],
  street_arts_company: [
    ...d('list', 'performanceTypes', 'audiences'),
    ...d('number', 'durationSeconds', 'gauge.min', 'gauge.max'),
    ...d('boolean', 'technicallyAutonomous', 'weatherDependent', 'pmrFriendly', 'municipalExperience'),
    ...d('json', 'rates', 'spaceRequirements', 'insurance', 'certifications'),
  ],
  technician: [
    ...d('list', 'specialities', 'equipment', 'venuesWorked'),
    ...d('number', 'dayRate.amountCents'),
    ...d('string', 'dayRate.currency'),
    ...d('number', 'travelRadiusKm'),
    ...d('json', 'certifications'),
  ],
  service_provider: [
    ...d('list', 'services'),
    ...d('number', 'coverageRadiusKm', 'capacity'),
    ...d('json', 'prices', 'vehicles', 'insurance', 'certifications'),
  ],
  municipality: [
    ...d('string', 'inseeCode'),
    ...d('number', 'population', 'cultureBudgetCents'),
    ...d('json', 'publicSpaces', 'procurementContact'),
  ],
  campsite: [...d('boolean', 'chain'), ...d('list', 'audiences'), ...d('json', 'sites', 'budgetPerShow')],
  audiovisual_production: [...d('json', 'projects', 'crewNeeds', 'extrasCalls')],
};

/** The columns of a kind's CSV/XML file, in template order. */
export function profileColumns(kind: ProfileKind): readonly Column[] {
  return [...COMMON, ...BY_KIND[kind]];
}

const LIST_SEPARATOR = '|';

function parseCell(column: Column, raw: string): { value: unknown } | { error: string } {
  const text = raw.trim();
  switch (column.type) {
    case 'string':
      return { value: text };
    case 'number': {
      // French spreadsheets write decimals with a comma.
      const n = Number(text.replace(',', '.').replace(/\s/g, ''));
      return Number.isFinite(n) ? { value: n } : { error: `"${text}" is not a number` };
    }
    case 'boolean': {
      const v = text.toLowerCase();
      if (['true', '1', 'yes', 'oui', 'vrai'].includes(v)) return { value: true };
      if (['false', '0', 'no', 'non', 'faux'].includes(v)) return { value: false };
      return { error: `"${text}" is not true/false` };
    }
    case 'list':
      return {
        value: text
          .split(LIST_SEPARATOR)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'json':
      try {
        return { value: JSON.parse(text) };
      } catch {
        return { error: 'is not valid JSON' };
      }
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next === 'object' && next !== null)
      node = next as Record<string, unknown>; // built here as objects
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[keys[keys.length - 1] as string] = value;
}

/**
 * Builds the nested profile document of one flat row. Empty cells are left out (so optional
 * fields stay absent); unknown columns are reported, not ignored, since they usually are typos.
 */
export function rowToDocument(
  kind: ProfileKind,
  row: Readonly<Record<string, string | undefined>>,
): { document: Record<string, unknown>; issues: FieldIssue[] } {
  const columns = new Map(profileColumns(kind).map((col) => [col.path, col]));
  const document: Record<string, unknown> = { kind };
  const issues: FieldIssue[] = [];
  for (const [key, raw] of Object.entries(row)) {
    const column = columns.get(key);
    if (!column) {
      if (key !== 'kind' && key !== 'id') issues.push({ path: key, message: 'unknown column' });
      continue;
    }
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = parseCell(column, raw);
    if ('error' in parsed) issues.push({ path: key, message: parsed.error });
    else setPath(document, key, parsed.value);
  }
  return { document, issues };
}

function getPath(source: unknown, path: string): unknown {
  let node = source;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key]; // walking a plain JSON document
  }
  return node;
}

/** The flat cells of one profile document (the inverse of rowToDocument). */
export function documentToRow(kind: ProfileKind, document: unknown): Record<string, string> {
  const row: Record<string, string> = {};
  for (const column of profileColumns(kind)) {
    const value = getPath(document, column.path);
    if (value === undefined || value === null) row[column.path] = '';
    else if (column.type === 'list' && Array.isArray(value)) row[column.path] = value.join(LIST_SEPARATOR);
    else if (column.type === 'json') row[column.path] = JSON.stringify(value);
    else row[column.path] = String(value);
  }
  return row;
}

/** Flattens a parsed XML element tree into dotted keys, leaves as strings. */
export function flattenElement(
  node: unknown,
  prefix = '',
  out: Record<string, string> = {},
): Record<string, string> {
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node))
      flattenElement(value, prefix ? `${prefix}.${key}` : key, out);
  } else if (node !== undefined && node !== null) {
    out[prefix] = Array.isArray(node) ? node.map(String).join(LIST_SEPARATOR) : String(node);
  }
  return out;
}
