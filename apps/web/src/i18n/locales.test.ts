import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

type Leaves = Map<string, unknown>;

function flatten(node: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

// Feature namespaces (features/<feature>/locales/<locale>.json) are checked like the main catalogue.
const featureFiles = import.meta.glob<Record<string, unknown>>('../features/*/locales/*.json', {
  eager: true,
  import: 'default',
});
function catalogue(locale: string, main: Record<string, unknown>) {
  const merged: Record<string, unknown> = { translation: main };
  for (const [file, content] of Object.entries(featureFiles)) {
    const match = /features\/([^/]+)\/locales\/([a-z]{2})\.json$/.exec(file);
    if (match?.[2] === locale && match[1]) merged[match[1]] = content;
  }
  return flatten(merged);
}

const reference = catalogue('fr', fr);
const others = { en: catalogue('en', en), nl: catalogue('nl', nl), de: catalogue('de', de) };

describe('locale files', () => {
  it.each(Object.entries({ fr: reference, ...others }))(
    '%s has only non-empty strings',
    (_locale, leaves) => {
      const bad = [...leaves].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(bad).toEqual([]);
    },
  );

  it.each(Object.entries(others))('%s has exactly the keys of fr', (_locale, leaves) => {
    expect([...leaves.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(Object.entries(others))('%s uses the same {{placeholders}} as fr', (_locale, leaves) => {
    const mismatched = [...reference]
      .filter(([key, text]) => {
        const other = leaves.get(key);
        return (
          typeof text === 'string' &&
          typeof other === 'string' &&
          placeholders(text).join() !== placeholders(other).join()
        );
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
