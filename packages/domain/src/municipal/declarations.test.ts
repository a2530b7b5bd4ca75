import { describe, expect, it } from 'vitest';
import {
  type DeclarationBody,
  type DeclarationLine,
  prepareDeclarations,
  type ShowDeclarationInput,
} from './declarations.ts';

const townHallConcert: ShowDeclarationInput = {
  showDate: '2026-06-21',
  genre: 'current_music',
  contractType: 'cession',
  organiser: { mainActivityIsLiveShow: false, performancesThisYear: 3 },
  producerLicenceNumber: 'PLATESV-D-2024-000123',
  free: false,
  ticketReceiptsExclVatCents: 1_000_000,
  cessionPriceExclVatCents: 600_000,
  repertoire: { music: true, drama: false },
  authorisationRequestedInAdvance: false,
};

function lines(input: ShowDeclarationInput): Record<DeclarationBody, DeclarationLine> {
  const outcome = prepareDeclarations(input);
  if (outcome.kind !== 'ok') throw new Error(outcome.kind);
  // prepareDeclarations returns exactly one line per body.
  return Object.fromEntries(outcome.lines.map((l) => [l.body, l])) as Record<
    DeclarationBody,
    DeclarationLine
  >;
}

describe('prepareDeclarations', () => {
  it('paid concert bought through a cession: CNM on receipts, SACEM, no GUSO', () => {
    const l = lines(townHallConcert);
    expect(l.GUSO.applies).toBe(false);
    expect(l.LICENCE.applies).toBe(false);
    expect(l.CNM).toMatchObject({
      applies: true,
      owedBy: 'organiser',
      baseCents: 1_000_000,
      rateBasisPoints: 350,
      amountCents: 35_000,
      dueBy: '2026-07-30',
      unconfirmed: false,
    });
    expect(l.SACEM).toMatchObject({
      applies: true,
      baseCents: 1_000_000,
      rateBasisPoints: 1100,
      amountCents: 110_000,
      unconfirmed: true,
    });
    expect(l.SACD.applies).toBe(false);
    expect(l.CNM.explanation.fr).toContain('350,00 €');
  });

  it.each<[string, Partial<ShowDeclarationInput>, DeclarationBody, Partial<DeclarationLine>]>([
    [
      'town hall hires the artists directly → GUSO',
      { contractType: 'engagement', cessionPriceExclVatCents: 0 },
      'GUSO',
      { applies: true, owedBy: 'organiser' },
    ],
    [
      'a venue hires directly → DSN, not GUSO',
      { contractType: 'engagement', organiser: { mainActivityIsLiveShow: true, performancesThisYear: 40 } },
      'GUSO',
      { applies: false },
    ],
    ['co-réalisation → producer employs', { contractType: 'co_realisation' }, 'GUSO', { applies: false }],
    [
      '6th show of the year → still no licence',
      { organiser: { mainActivityIsLiveShow: false, performancesThisYear: 6 } },
      'LICENCE',
      { applies: false },
    ],
    [
      '7th show of the year → licence',
      { organiser: { mainActivityIsLiveShow: false, performancesThisYear: 7 } },
      'LICENCE',
      { applies: true },
    ],
    [
      'free show: CNM on the cession price, owed by the seller',
      { free: true, ticketReceiptsExclVatCents: 0 },
      'CNM',
      { applies: true, owedBy: 'producer', baseCents: 600_000, amountCents: 21_000 },
    ],
    [
      'free show hired directly: no CNM base',
      { free: true, ticketReceiptsExclVatCents: 0, contractType: 'engagement', cessionPriceExclVatCents: 0 },
      'CNM',
      { applies: false },
    ],
    ['theatre: no CNM', { genre: 'theatre' }, 'CNM', { applies: false, amountCents: null }],
    ['street arts: CNM to verify', { genre: 'street_arts' }, 'CNM', { applies: true, unconfirmed: true }],
    ['December show paid in January', { showDate: '2026-12-05' }, 'CNM', { dueBy: '2027-01-30' }],
    [
      'SACEM with early authorisation',
      { authorisationRequestedInAdvance: true },
      'SACEM',
      { rateBasisPoints: 880, amountCents: 88_000 },
    ],
    [
      'SACEM on a free show: artistic budget',
      { free: true, ticketReceiptsExclVatCents: 0, artisticBudgetExclVatCents: 750_000 },
      'SACEM',
      { baseCents: 750_000, amountCents: 82_500 },
    ],
    [
      'street theatre repertoire → SACD',
      { repertoire: { music: false, drama: true } },
      'SACD',
      { applies: true, rateBasisPoints: 1000, unconfirmed: true },
    ],
  ])('%s', (_name, overrides, body, expected) => {
    expect(lines({ ...townHallConcert, ...overrides })[body]).toMatchObject(expected);
  });

  it('warns when the producer licence number is missing or malformed', () => {
    const outcome = prepareDeclarations({ ...townHallConcert, producerLicenceNumber: '2-1234567' });
    expect(outcome.kind === 'ok' && outcome.warnings[0]?.fr).toContain('PLATESV');
    const fine = prepareDeclarations(townHallConcert);
    expect(fine.kind === 'ok' && fine.warnings).toEqual([]);
  });

  it('answers no_rule_in_force before the CIBS tax rule', () => {
    expect(prepareDeclarations({ ...townHallConcert, showDate: '2023-06-01' })).toEqual({
      kind: 'no_rule_in_force',
      date: '2023-06-01',
      missing: 'cnm',
    });
  });

  it.each<[string, Partial<ShowDeclarationInput>, string]>([
    ['bad date', { showDate: '21/06/2026' }, 'showDate'],
    ['free with receipts', { free: true }, 'ticketReceiptsExclVatCents'],
    ['fractional cents', { cessionPriceExclVatCents: 1.5 }, 'cessionPriceExclVatCents'],
    [
      'no performance counted',
      { organiser: { mainActivityIsLiveShow: false, performancesThisYear: 0 } },
      'organiser.performancesThisYear',
    ],
  ])('refuses %s', (_name, overrides, field) => {
    const outcome = prepareDeclarations({ ...townHallConcert, ...overrides });
    expect(outcome.kind === 'validation_error' && outcome.issues.map((i) => i.field)).toContain(field);
  });
});
