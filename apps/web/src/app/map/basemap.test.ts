import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { decodeSubdivisions, selectCountries } from './basemap.ts';

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

describe('decodeSubdivisions', () => {
  const subdivisions = decodeSubdivisions(
    JSON.parse(readFileSync(new URL('./subdivisions.topo.json', import.meta.url), 'utf8')),
  ).features;
  const bbox = (code: string) => {
    const f = subdivisions.find((s) => s.properties.code === code);
    const pairs = [...JSON.stringify(f?.geometry).matchAll(/\[(-?\d+\.?\d*),(-?\d+\.?\d*)\]/g)];
    const lons = pairs.map((m) => Number(m[1]));
    const lats = pairs.map((m) => Number(m[2]));
    return {
      west: Math.min(...lons),
      east: Math.max(...lons),
      south: Math.min(...lats),
      north: Math.max(...lats),
    };
  };

  it.each([
    ['FR', 101],
    ['BE', 11],
    ['CH', 26],
    ['LU', 3],
  ])('%s has its %i subdivisions', (country, count) => {
    expect(subdivisions.filter((s) => s.properties.country === country)).toHaveLength(count);
  });

  it('gives every French département its INSEE code and official name, once', () => {
    const french = subdivisions.filter((s) => s.properties.country === 'FR').map((s) => s.properties);
    expect(new Set(french.map((d) => d.code)).size).toBe(101);
    expect(french).toContainEqual({ country: 'FR', code: '2A', name: 'Corse-du-Sud' });
    // Natural Earth spells these wrong; the build takes the official names.
    expect(french.map((d) => d.name)).toEqual(expect.arrayContaining(['Haut-Rhin', 'Meurthe-et-Moselle']));
  });

  it('places the Rhône around Lyon and the Finistère around Brest', () => {
    const rhone = bbox('69');
    expect(rhone.west).toBeLessThan(4.84);
    expect(rhone.east).toBeGreaterThan(4.84);
    expect(rhone.south).toBeLessThan(45.76);
    expect(rhone.north).toBeGreaterThan(45.76);
    expect(bbox('29').west).toBeLessThan(-4.49);
  });
});
