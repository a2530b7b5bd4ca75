// Offline basemap: country outlines from Natural Earth (world-atlas, 1:50m) and, inside our four
// countries, départements / provinces / cantons (Natural Earth 1:10m admin-1, built by
// `npm run build:basemap`), decoded from TopoJSON on demand. Both files are build assets fetched from
// our own origin, so the map works offline.
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import subdivisionsUrl from './subdivisions.topo.json?url';

/** ISO 3166-1 numeric codes: our four countries, then the neighbours drawn for context. */
export const HOME_COUNTRIES = new Set(['250', '056', '756', '442']);
const NEIGHBOURS = new Set(['276', '380', '724', '528', '040', '438', '492', '020', '826', '203', '616']);

export interface CountryProps {
  name: string;
  home: boolean;
}

/** A French département, Belgian province, Swiss canton or Luxembourg district. */
export interface SubdivisionProps {
  country: 'FR' | 'BE' | 'CH' | 'LU';
  /** INSEE code for French départements ("2A", "69"), HASC code elsewhere ("BE.BU"). */
  code: string;
  name: string;
}

export interface Basemap {
  countries: FeatureCollection<Geometry, CountryProps>;
  subdivisions: FeatureCollection<Geometry, SubdivisionProps>;
}

/** Keeps our countries and their neighbours, flagging which are ours (drawn stronger). */
export function selectCountries(
  collection: FeatureCollection<Geometry | null, { name?: string }>,
  ids: (id: string | number | undefined) => string,
): FeatureCollection<Geometry, CountryProps> {
  const features = collection.features.flatMap((f) => {
    const id = ids(f.id);
    if (!f.geometry || !(HOME_COUNTRIES.has(id) || NEIGHBOURS.has(id))) return [];
    return [
      {
        type: 'Feature' as const,
        id,
        geometry: f.geometry,
        properties: { name: f.properties?.name ?? '', home: HOME_COUNTRIES.has(id) },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}

const padId = (id: string | number | undefined) => String(id ?? '').padStart(3, '0');

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`basemap ${res.status}`);
  return res.json();
}

/** Decodes the subdivisions file (a Topology with one `subdivisions` GeometryCollection). */
export function decodeSubdivisions(json: unknown): FeatureCollection<Geometry, SubdivisionProps> {
  const topology = json as Topology<{ subdivisions: GeometryCollection<SubdivisionProps> }>;
  return feature(topology, topology.objects.subdivisions) as FeatureCollection<Geometry, SubdivisionProps>;
}

let cached: Promise<Basemap> | null = null;

export function loadBasemap(): Promise<Basemap> {
  cached ??= Promise.all([fetchJson(countriesUrl), fetchJson(subdivisionsUrl)])
    .then(([countries, subdivisions]) => {
      // world-atlas ships a Topology whose `countries` object is a GeometryCollection.
      const topology = countries as Topology<{ countries: GeometryCollection<{ name: string }> }>;
      return {
        countries: selectCountries(feature(topology, topology.objects.countries), padId),
        subdivisions: decodeSubdivisions(subdivisions),
      };
    })
    .catch((error: unknown) => {
      cached = null;
      throw error;
    });
  return cached;
}
