import { type MatchKind, scoreOnly } from '../api.ts';
import { ARTIST_VENUE_CONFIG_V1 } from '../artist-venue/config.ts';
import { CAMPSITE_CONFIG_V1 } from '../street-arts/campsite.ts';
import { STREET_ARTS_CONFIG_V1 } from '../street-arts/matcher.ts';
import { TECHNICIAN_CONFIG_V1 } from '../technician/matcher.ts';
import type { EvalCase } from './case.ts';

export interface CaseOutcome {
  readonly id: string;
  readonly matcher: MatchKind;
  readonly reason: string;
  /** Scores of A and B (-1 = excluded). */
  readonly a: number;
  readonly b: number;
  readonly agrees: boolean;
}

export interface EvalReport {
  readonly total: number;
  readonly agreed: number;
  readonly rate: number;
  readonly perMatcher: Readonly<Record<string, { total: number; agreed: number; rate: number }>>;
  readonly failures: readonly CaseOutcome[];
}

function scores(c: EvalCase): [number, number] {
  switch (c.matcher) {
    case 'venues-for-artist':
      return [
        scoreOnly(c.request, c.a, ARTIST_VENUE_CONFIG_V1),
        scoreOnly(c.request, c.b, ARTIST_VENUE_CONFIG_V1),
      ];
    case 'artists-for-venue':
      return [
        scoreOnly(c.request, c.a, ARTIST_VENUE_CONFIG_V1),
        scoreOnly(c.request, c.b, ARTIST_VENUE_CONFIG_V1),
      ];
    case 'technicians':
      return [
        scoreOnly(c.request, c.a, TECHNICIAN_CONFIG_V1),
        scoreOnly(c.request, c.b, TECHNICIAN_CONFIG_V1),
      ];
    case 'street-arts':
      return [
        scoreOnly(c.request, c.a, STREET_ARTS_CONFIG_V1),
        scoreOnly(c.request, c.b, STREET_ARTS_CONFIG_V1),
      ];
    case 'campsite':
      return [scoreOnly(c.request, c.a, CAMPSITE_CONFIG_V1), scoreOnly(c.request, c.b, CAMPSITE_CONFIG_V1)];
  }
}

/** A agrees when it scores strictly above B (an excluded candidate scores -1, below any eligible one). */
export function evaluateCases(cases: readonly EvalCase[]): EvalReport {
  const outcomes: CaseOutcome[] = cases.map((c) => {
    const [a, b] = scores(c);
    return { id: c.id, matcher: c.matcher, reason: c.reason, a, b, agrees: a > b };
  });
  const perMatcher: Record<string, { total: number; agreed: number; rate: number }> = {};
  for (const o of outcomes) {
    const m = perMatcher[o.matcher] ?? { total: 0, agreed: 0, rate: 0 };
    m.total++;
    if (o.agrees) m.agreed++;
    m.rate = m.agreed / m.total;
    perMatcher[o.matcher] = m;
  }
  const agreed = outcomes.filter((o) => o.agrees).length;
  return {
    total: outcomes.length,
    agreed,
    rate: outcomes.length === 0 ? 0 : agreed / outcomes.length,
    perMatcher,
    failures: outcomes.filter((o) => !o.agrees),
  };
}
