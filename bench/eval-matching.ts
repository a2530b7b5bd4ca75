/**
 * Relevance evaluation of the matching core: agreement of the scorers with the labelled trade
 * judgements ("A should rank above B"), overall and per matcher, with the failing cases.
 * Also prints the throughput of the allocation-free fast path (scoreOnly) on synthetic venues.
 * Usage: npm run eval:matching
 */
import {
  ARTIST_VENUE_CONFIG_V1,
  GENRES,
  scoreOnly,
  type VenueProfile,
  type VenuesForArtistRequest,
} from '@flowstage/domain/matching';
import { EVAL_CASES } from '../packages/domain/src/matching/eval/cases.ts';
import { evaluateCases } from '../packages/domain/src/matching/eval/run.ts';

const pct = (r: number) => `${(r * 100).toFixed(1)} %`;
const report = evaluateCases(EVAL_CASES);
console.log(`Matching relevance: ${report.agreed}/${report.total} cases agree (${pct(report.rate)})`);
for (const [matcher, m] of Object.entries(report.perMatcher)) {
  console.log(
    `  ${matcher.padEnd(18)} ${String(m.agreed).padStart(3)}/${String(m.total).padEnd(3)} ${pct(m.rate)}`,
  );
}
if (report.failures.length === 0) console.log('No failing case.');
for (const f of report.failures) {
  console.log(`  FAIL ${f.id} [${f.matcher}] A=${f.a} B=${f.b} — ${f.reason}`);
}

// Throughput of the fast path: 100,000 synthetic venues, deterministic pseudo-random generator.
let seed = 42;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const slugs = GENRES.map((g) => g.slug);
const venues: VenueProfile[] = Array.from({ length: 100_000 }, (_, i) => {
  const cap = Math.round(100 + rand() * 3000);
  const budget = Math.round(50_000 + rand() * 1_500_000);
  return {
    id: `v${i}`,
    location: { lat: 42.5 + rand() * 8.5, lon: -4.5 + rand() * 12 },
    capacity: { min: cap, max: cap },
    budget: { minCents: Math.round(budget / 2), maxCents: budget, currency: 'EUR' },
    genres: [
      slugs[Math.floor(rand() * slugs.length)] ?? 'rock',
      slugs[Math.floor(rand() * slugs.length)] ?? 'pop',
    ],
    availability: { busy: rand() < 0.2 ? ['2026-10-10'] : [], available: rand() < 0.3 ? ['2026-10-09'] : [] },
    history: rand() < 0.3 ? [{ artistId: 'x', genres: ['indie-rock'], date: '2025-01-01', rating: 4 }] : [],
  };
});
const request: VenuesForArtistRequest = {
  kind: 'venues-for-artist',
  artist: {
    id: 'a',
    genres: ['indie-pop', 'indie-rock'],
    homeBase: { lat: 45.764, lon: 4.836 },
    capacity: { min: 400, max: 900 },
    fee: { minCents: 300_000, maxCents: 450_000, currency: 'EUR' },
    availability: { busy: [] },
    bookedShows: [{ date: '2026-10-08', lat: 45.188, lon: 5.724 }],
    exclusivityZones: [
      { lat: 48.857, lon: 2.352, radiusMetres: 50_000, from: '2026-10-01', to: '2026-10-31' },
    ],
  },
  dates: ['2026-10-09', '2026-10-10'],
};
let checksum = 0;
for (const v of venues.slice(0, 5_000)) checksum += scoreOnly(request, v, ARTIST_VENUE_CONFIG_V1); // warm-up
const start = process.hrtime.bigint();
for (const v of venues) checksum += scoreOnly(request, v, ARTIST_VENUE_CONFIG_V1);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(
  `scoreOnly (venues-for-artist, 2 dates): 100,000 venues in ${ms.toFixed(1)} ms (${((ms * 1e6) / 100_000).toFixed(0)} ns/venue, checksum ${checksum.toFixed(1)})`,
);
