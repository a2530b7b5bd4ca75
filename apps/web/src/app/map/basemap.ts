// Offline basemap: country outlines from Natural Earth (world-atlas, 1:50m), decoded from
// TopoJSON on demand. The file is a build asset fetched from our own origin, so it works offline.
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

/** ISO 3166-1 numeric codes: our four countries, then the neighbours drawn for context. */
export const HOME_COUNTRIES = new Set(['250', '056', '756', '442']);
const NEIGHBOURS = new Set(['276', '380', '724', '528', '040', '438', '492', '020', '826', '203', '616']);

export interface CountryProps {
  name: string;
  home: boolean;
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

let cached: Promise<FeatureCollection<Geometry, CountryProps>> | null = null;

export function loadBasemap(): Promise<FeatureCollection<Geometry, CountryProps>> {
  cached ??= fetch(countriesUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`basemap ${res.status}`);
      return res.json();
    })
    .then((json: unknown) => {
      // world-atlas ships a Topology whose `countries` object is a GeometryCollection.
      const topology = json as Topology<{ countries: GeometryCollection<{ name: string }> }>;
      return selectCountries(feature(topology, topology.objects.countries), padId);
    })
    .catch((error: unknown) => {
      cached = null;
      throw error;
    });
  return cached;
}
