import { type EvalCase, judge } from './case.ts';
import { PLACES, SAT, technician, techRequest } from './fixtures.ts';

const lightingJob = techRequest({
  role: 'lighting',
  venue: { id: 'transbordeur', location: PLACES.villeurbanne, equipment: ['grandma3', 'digico-sd12'] },
  riderRequirements: ['grandma3'],
});
const monitorJob = techRequest({ role: 'monitor', riderRequirements: ['iem-shure-psm1000', 'digico-sd12'] });

export const TECHNICIAN_CASES: readonly EvalCase[] = [
  judge(
    'tech-local-vs-paris',
    techRequest(),
    technician({ id: 'lyon' }),
    technician({ id: 'paris', base: PLACES.paris }),
    'Same skills: the Lyon engineer needs no travel or hotel',
  ),
  judge(
    'tech-digico-vs-yamaha',
    techRequest(),
    technician({ id: 'digico' }),
    technician({ id: 'yamaha', skills: ['yamaha-cl5', 'nexo-geo'] }),
    'The rider asks for a DiGiCo SD7: a DiGiCo engineer beats a Yamaha one',
  ),
  judge(
    'tech-brand-family',
    techRequest(),
    technician({ id: 'sd12-only', skills: ['digico-sd12'] }),
    technician({ id: 'avid-only', skills: ['avid-s6l'] }),
    'An SD12 engineer adapts to an SD7 in minutes; an Avid-only engineer does not',
  ),
  judge(
    'tech-role-mismatch',
    techRequest(),
    technician({ id: 'foh' }),
    technician({ id: 'lighting', roles: ['lighting'], skills: ['grandma3'] }),
    'A lighting designer is not hired to mix front of house',
  ),
  judge(
    'tech-knows-venue',
    techRequest(),
    technician({ id: 'house-regular', venuesWorked: [{ venueId: 'transbordeur', shows: 6 }] }),
    technician({ id: 'stranger' }),
    'Knowing the room (PA tuning, crew, load-in) matters',
  ),
  judge(
    'tech-rate-in-budget',
    techRequest(),
    technician({ id: 'rate-350' }),
    technician({ id: 'rate-500', dayRate: { cents: 50_000, currency: 'EUR' } }),
    'Within the 400 € day budget beats 25 % over',
  ),
  judge(
    'tech-rate-way-over',
    techRequest(),
    technician({ id: 'rate-420', dayRate: { cents: 42_000, currency: 'EUR' } }),
    technician({ id: 'rate-700', dayRate: { cents: 70_000, currency: 'EUR' } }),
    'A 700 € day rate is out of reach for a 400 € budget',
  ),
  judge(
    'tech-busy',
    techRequest(),
    technician({ id: 'free' }),
    technician({ id: 'busy', availability: { busy: [SAT] } }),
    'A technician booked elsewhere that day cannot come',
  ),
  judge(
    'tech-reputation',
    techRequest(),
    technician({ id: 'well-rated', reputation: { rating: 4.8, reviews: 40 } }),
    technician({ id: 'average', reputation: { rating: 3, reviews: 20 } }),
    'Forty 4.8 reviews beat twenty 3.0 reviews',
  ),
  judge(
    'tech-newcomer-vs-bad',
    techRequest(),
    technician({ id: 'newcomer', reputation: { rating: 0, reviews: 0 } }),
    technician({ id: 'poorly-rated', reputation: { rating: 2, reviews: 15 } }),
    'An unknown newcomer is a better bet than someone consistently rated 2/5',
  ),
  judge(
    'tech-grandma-family',
    lightingJob,
    technician({ id: 'ma2', roles: ['lighting'], skills: ['grandma2'] }),
    technician({ id: 'avolites', roles: ['lighting'], skills: ['avolites-tiger-touch'] }),
    'A grandMA2 operator handles a grandMA3 show file; an Avolites operator would have to relearn',
  ),
  judge(
    'tech-local-exact-vs-far-cheap',
    techRequest(),
    technician({ id: 'local-exact' }),
    technician({
      id: 'far-cheaper',
      base: PLACES.marseille,
      dayRate: { cents: 30_000, currency: 'EUR' },
      skills: ['allen-heath-dlive'],
    }),
    'A local engineer on the exact desk beats a slightly cheaper one 280 km away on another brand',
  ),
  judge(
    'tech-custom-radius',
    techRequest({
      radiusMetres: 150_000,
      venue: { id: 'festival', location: PLACES.valence, equipment: ['digico-sd12'] },
    }),
    technician({ id: 'grenoble', base: PLACES.grenoble }),
    technician({ id: 'marseille', base: PLACES.marseille }),
    'With a 150 km radius, Grenoble (80 km) is local to Valence; Marseille (200 km) is not',
  ),
  judge(
    'tech-declared-availability',
    techRequest(),
    technician({ id: 'confirmed', availability: { busy: [], available: [SAT] } }),
    technician({ id: 'unconfirmed' }),
    'A confirmed availability beats a calendar that is merely empty',
  ),
  judge(
    'tech-monitor-iem',
    monitorJob,
    technician({ id: 'monitor-iem', roles: ['monitor'], skills: ['iem-shure-psm1000', 'digico-sd12'] }),
    technician({ id: 'pa-specialist', roles: ['monitor', 'foh'], skills: ['l-acoustics-k2', 'db-gsl'] }),
    'An in-ear monitor mix needs an engineer who knows the PSM1000 and the desk, not a PA specialist',
  ),
  judge(
    'tech-quality-within-radius',
    techRequest(),
    technician({
      id: 'excellent-40km',
      base: { lat: 45.586, lon: 5.274, label: 'Bourgoin-Jallieu' },
      reputation: { rating: 4.9, reviews: 30 },
    }),
    technician({ id: 'average-next-door', base: PLACES.lyon, reputation: { rating: 3.2, reviews: 25 } }),
    'Inside the local radius a few kilometres do not matter: the excellent engineer 40 km away wins',
  ),
  judge(
    'tech-rider-over-distance',
    techRequest(),
    technician({ id: 'digico-120km', base: { lat: 45.899, lon: 6.129, label: 'Annecy' } }),
    technician({ id: 'yamaha-local', base: PLACES.lyon, skills: ['yamaha-cl5', 'nexo-geo'] }),
    'The rider asks for a DiGiCo: an engineer who knows it, 1h30 away, beats a local who does not',
  ),
];
