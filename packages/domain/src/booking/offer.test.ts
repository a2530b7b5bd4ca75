import { describe, expect, it } from 'vitest';
import { artistEarningsCents } from './deals.ts';
import { type OfferInput, validateOffer } from './offer.ts';
import { needsSellerValidation, tierForScore } from './tiering.ts';
import { routeValidation } from './validation.ts';

const base: OfferInput = {
  feeCents: 800_000,
  currency: 'EUR',
  deal: { type: 'flat_guarantee' },
  ticketPricesCents: [1500, 2200],
  capacity: 450,
  setLengthSeconds: 5400,
  schedule: { loadIn: '14:00', soundcheck: '16:30', doors: '19:30', showStart: '20:30', curfew: '23:30' },
};

describe('validateOffer', () => {
  it.each<[string, Partial<OfferInput>, string, string[]]>([
    ['a complete offer', {}, '2026-10-17', []],
    ['USD refused', { currency: 'USD' }, '2026-10-17', ['currency']],
    ['zero fee', { feeCents: 0 }, '2026-10-17', ['feeCents']],
    ['negative fee', { feeCents: -100 }, '2026-10-17', ['feeCents']],
    ['fractional cents', { feeCents: 10.5 }, '2026-10-17', ['feeCents']],
    ['past date', {}, '2026-04-30', ['date']],
    [
      'doors before soundcheck',
      { schedule: { soundcheck: '19:00', doors: '18:00' } },
      '2026-10-17',
      ['schedule.doors'],
    ],
    ['curfew after midnight', { schedule: { doors: '21:00', curfew: '01:00' } }, '2026-10-17', []],
    ['bad time', { schedule: { doors: '25:00' } }, '2026-10-17', ['schedule.doors']],
    [
      'door deal over 100 %',
      { deal: { type: 'door_deal', percentageBasisPoints: 12_000 } },
      '2026-10-17',
      ['deal.percentageBasisPoints'],
    ],
    ['no seats', { capacity: 0 }, '2026-10-17', ['capacity']],
  ])('%s', (_name, change, day, paths) => {
    expect(validateOffer({ ...base, ...change }, day, '2026-05-01').map((p) => p.path)).toEqual(paths);
  });
});

describe('artistEarningsCents', () => {
  const box = { netReceiptsCents: 1_000_000, doorReceiptsCents: 400_000 };
  it.each([
    ['flat', { type: 'flat_guarantee' as const }, 500_000],
    [
      'versus: percentage wins',
      {
        type: 'guarantee_vs_percentage' as const,
        percentageBasisPoints: 8000,
        deductibleCostsCents: 200_000,
      },
      640_000,
    ],
    [
      'versus: guarantee wins',
      { type: 'guarantee_vs_percentage' as const, percentageBasisPoints: 3000, deductibleCostsCents: 0 },
      500_000,
    ],
    ['door deal', { type: 'door_deal' as const, percentageBasisPoints: 7000 }, 280_000],
    [
      'co-réalisation above minimum',
      { type: 'co_realisation' as const, producerShareBasisPoints: 6000 },
      600_000,
    ],
  ])('%s', (_name, deal, expected) => {
    expect(artistEarningsCents(500_000, deal, box)).toBe(expected);
  });
});

describe('tierForScore', () => {
  it.each([
    [100, 'complete'],
    [95.5, 'complete'],
    [95, 'pre_generated'],
    [85, 'pre_generated'],
    [84.9, 'assisted'],
    [70, 'assisted'],
    [12, 'assisted'],
  ])('%d → %s', (score, tier) => {
    expect(tierForScore(score)).toBe(tier);
    expect(needsSellerValidation(tierForScore(score))).toBe(tier !== 'complete');
  });
});

describe('routeValidation', () => {
  const now = new Date('2026-05-01T10:00:00Z');
  const known = { artistHasPriorContract: true, venueHasPriorContract: true, customClauseCount: 0 };
  it.each([
    ['5,000 € exactly is not above', { ...known, feeCents: 500_000, currency: 'EUR' as const }, []],
    ['8,000 €', { ...known, feeCents: 800_000, currency: 'EUR' as const }, ['fee_above_threshold']],
    [
      'custom clause',
      { ...known, customClauseCount: 1, feeCents: 100_000, currency: 'CHF' as const },
      ['non_standard_clause'],
    ],
    [
      'first contracts',
      {
        ...known,
        artistHasPriorContract: false,
        venueHasPriorContract: false,
        feeCents: 1,
        currency: 'EUR' as const,
      },
      ['first_contract_artist', 'first_contract_venue'],
    ],
  ])('%s', (_name, subject, reasons) => {
    const r = routeValidation(subject, now);
    if (reasons.length === 0) expect(r.kind).toBe('none');
    else expect(r).toEqual({ kind: 'queue', reasons, dueAt: new Date('2026-05-02T10:00:00Z') });
  });
});
