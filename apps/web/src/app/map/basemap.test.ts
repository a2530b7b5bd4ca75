import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { selectCountries } from './basemap.ts';

const require = createRequire(import.meta.url);
// The same file the web build serves as an asset.
const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const all = feature(topology, topology.objects.countries) as FeatureCollection<
  Geometry | null,
  { name?: string }
>;
const pad = (id: string | number | undefined) => String(id ?? '').padStart(3, '0');

describe('selectCountries', () => {
  const selected = selectCountries(all, pad);
  it.each([
    ['France', true],
    ['Belgium', true],
    ['Switzerland', true],
    ['Luxembourg', true],
    ['Germany', false],
    ['Italy', false],
  ])('%s is drawn (home: %s)', (name, home) => {
    const found = selected.features.find((f) => f.properties.name === name);
    expect(found?.properties.home).toBe(home);
  });

  it('leaves far-away countries out', () => {
    expect(selected.features.some((f) => f.properties.name === 'Japan')).toBe(false);
  });

  it('outlines France around its real extent', () => {
    const france = selected.features.find((f) => f.properties.name === 'France');
    const coords = JSON.stringify(france?.geometry);
    // Brest (−4.5° E) and Strasbourg (7.7° E) both fall inside the drawn longitudes.
    const lons = [...coords.matchAll(/\[(-?\d+\.?\d*),(-?\d+\.?\d*)\]/g)].map((m) => Number(m[1]));
    const mainland = lons.filter((x) => x > -6 && x < 10);
    expect(Math.min(...mainland)).toBeLessThan(-4.5);
    expect(Math.max(...mainland)).toBeGreaterThan(7.7);
  });
});
