import type { Db } from '@flowstage/db';
import { catalogueProfiles } from '@flowstage/db';
import {
  documentToRow,
  neutraliseFormula,
  type ProfileKind,
  profileColumns,
} from '@flowstage/domain/catalogue';
import { stringify } from 'csv-stringify/sync';
import { asc } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { XMLBuilder } from 'fast-xml-parser';
import type { ImportFormat } from './import-parse.ts';
import { rowDocument } from './profile-repository.ts';
import type { SearchQuery } from './search.schema.ts';
import { resolveCentre } from './search-profiles.ts';
import { searchWhere } from './search-sql.ts';

export const EXPORT_MAX_ROWS = 10_000;

function nest(cells: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(cells)) {
    if (value === '') continue;
    const keys = path.split('.');
    let node = out;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>; // created as an object on the line above
    }
    node[keys[keys.length - 1] as string] = value;
  }
  return out;
}

/**
 * The profiles matching a search (same filters), in the import format of their kind, so an
 * export can be edited and imported again. CSV cells that a spreadsheet would run as formulas
 * are prefixed with an apostrophe.
 */
export async function exportProfiles(db: Db, kind: ProfileKind, q: SearchQuery, format: ImportFormat) {
  const p = alias(catalogueProfiles, 'p');
  const centre = await resolveCentre(db, q);
  const rows = await db
    .select()
    .from(p)
    .where(searchWhere(kind, q, centre))
    .orderBy(asc(p.name), asc(p.id))
    .limit(EXPORT_MAX_ROWS);
  const documents = rows.map((row) => ({ id: row.id, ...rowDocument(row) }));
  if (format === 'json') return { contentType: 'application/json', body: JSON.stringify(documents, null, 1) };
  const flat = documents.map((doc) => ({ id: doc.id, ...documentToRow(kind, doc) }));
  if (format === 'xml') {
    const builder = new XMLBuilder({ format: true });
    const xml = builder.build({ profiles: { profile: flat.map(nest) } }) as string; // build() returns the XML text
    return { contentType: 'application/xml', body: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}` };
  }
  const header = ['id', ...profileColumns(kind).map((c) => c.path)];
  const body = stringify(
    flat.map((cells) => header.map((h) => neutraliseFormula((cells as Record<string, string>)[h] ?? ''))),
    { header: true, columns: header, bom: true },
  );
  return { contentType: 'text/csv; charset=utf-8', body };
}
