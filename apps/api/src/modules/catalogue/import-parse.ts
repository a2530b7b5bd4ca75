import { decodeUpload, flattenElement, guessDelimiter, type ProfileKind } from '@flowstage/domain/catalogue';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One record of an uploaded file, before validation; `line` is the file line when known. */
export interface RawRecord {
  readonly record: number;
  readonly line: number | null;
  readonly cells?: Record<string, string>;
  readonly document?: unknown;
}

export type ImportFormat = 'csv' | 'json' | 'xml';

export type ParsedUpload =
  | { ok: true; records: RawRecord[]; encoding: string }
  | { ok: false; line: number | null; message: string };

const REQUIRED_COLUMNS = ['name', 'country', 'latitude', 'longitude'];

function parseCsvText(text: string): ParsedUpload {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = guessDelimiter(firstLine);
  const header = firstLine.split(delimiter).map((h) => h.trim().replace(/^"|"$/g, ''));
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      line: 1,
      message: `missing column(s) ${missing.join(', ')} in the header (separator found: "${delimiter === '\t' ? 'tab' : delimiter}"; use , or ;)`,
    };
  }
  try {
    const rows = parseCsv(text, {
      columns: true,
      delimiter,
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: false,
    }) as {
      record: Record<string, string>;
      info: { lines: number };
    }[]; // columns: true + info: true yields this shape
    return {
      ok: true,
      encoding: 'utf-8',
      records: rows.map((r, i) => ({
        record: i + 1,
        line: r.info.lines,
        // Our CSV export prefixes formula-looking cells with an apostrophe: undo it on the way back.
        cells: Object.fromEntries(
          Object.entries(r.record).map(([k, v]) => [k, v.replace(/^'(?=[=+\-@])/, '')]),
        ),
      })),
    };
  } catch (error) {
    const e = error as { message?: string; lines?: number }; // CsvError carries the line
    return { ok: false, line: e.lines ?? null, message: `malformed CSV: ${e.message ?? 'parse error'}` };
  }
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Entity processing is off in the parser (no XXE); only the five predefined entities and character references are decoded. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return PREDEFINED[name.toLowerCase()] ?? whole;
  });
}

function parseXmlText(text: string): ParsedUpload {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return {
      ok: false,
      line: null,
      message: 'XML with a DOCTYPE or entity declarations is refused (external entities are never resolved)',
    };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, line: valid.err.line, message: `malformed XML: ${valid.err.msg}` };
  const parser = new XMLParser({
    processEntities: false,
    parseTagValue: false,
    ignoreAttributes: true,
    isArray: (_name, jpath) => jpath === 'profiles.profile',
    tagValueProcessor: (_name, value) => decodeEntities(value),
  });
  const tree = parser.parse(text) as { profiles?: { profile?: unknown[] } | '' }; // shape checked below
  const list = typeof tree.profiles === 'object' ? (tree.profiles.profile ?? []) : null;
  if (!list)
    return {
      ok: false,
      line: null,
      message: 'the XML root element must be <profiles> with <profile> children',
    };
  return {
    ok: true,
    encoding: 'utf-8',
    records: list.map((p, i) => ({ record: i + 1, line: null, cells: flattenElement(p) })),
  };
}

function parseJsonText(text: string): ParsedUpload {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, line: null, message: `malformed JSON: ${(error as Error).message}` };
  }
  const list = Array.isArray(value) ? value : (value as { profiles?: unknown } | null)?.profiles;
  if (!Array.isArray(list))
    return { ok: false, line: null, message: 'JSON must be an array of profiles or { "profiles": [...] }' };
  return {
    ok: true,
    encoding: 'utf-8',
    records: list.map((document, i) => ({ record: i + 1, line: null, document })),
  };
}

/** Decodes (UTF-8, or Windows-1252 converted) and splits an upload into records. */
export function parseUpload(bytes: Uint8Array, format: ImportFormat, _kind: ProfileKind): ParsedUpload {
  const decoded = decodeUpload(bytes, format === 'csv');
  if (!decoded.ok) return { ok: false, line: null, message: decoded.reason };
  const parsed =
    format === 'csv'
      ? parseCsvText(decoded.text)
      : format === 'xml'
        ? parseXmlText(decoded.text)
        : parseJsonText(decoded.text);
  return parsed.ok ? { ...parsed, encoding: decoded.encoding } : parsed;
}
