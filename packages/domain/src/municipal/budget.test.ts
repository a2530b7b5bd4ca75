import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BudgetLine,
  budgetLineStatus,
  checkPurchaseOrder,
  type PurchaseOrderCheckInput,
  totalsByEvent,
} from './budget.ts';
import { validateImputation } from './m57.ts';

const line: BudgetLine = {
  id: 'bl-1',
  year: 2026,
  eventId: 'fete-musique',
  label: 'Fête de la musique 2026 — spectacles',
  imputation: { chapter: '011', article: '6042' },
  allocatedCents: 2_000_000,
  committedCents: 1_200_000,
  invoicedCents: 600_000,
  paidCents: 300_000,
};
const base: PurchaseOrderCheckInput = { line, amountCents: 500_000, year: 2026, imputation: line.imputation };

describe('budgetLineStatus', () => {
  it('derives available, to invoice and to pay', () => {
    expect(budgetLineStatus(line)).toEqual({
      availableCents: 800_000,
      committedNotInvoicedCents: 600_000,
      invoicedNotPaidCents: 300_000,
      consumptionBasisPoints: 6000,
      anomalies: [],
    });
  });

  it('flags inconsistent figures', () => {
    const bad = { ...line, committedCents: 2_100_000, invoicedCents: 2_200_000, paidCents: 2_300_000 };
    expect(budgetLineStatus(bad).anomalies).toEqual([
      'over_committed',
      'invoiced_exceeds_committed',
      'paid_exceeds_invoiced',
    ]);
  });
});

describe('checkPurchaseOrder', () => {
  it.each<[string, Partial<PurchaseOrderCheckInput>, string, string | number | null]>([
    ['within budget', {}, 'ok', 300_000],
    ['exactly the remainder', { amountCents: 800_000 }, 'ok', 0],
    ['over budget, no override', { amountCents: 900_000 }, 'over_budget', 'none_given'],
    [
      'over budget, culture officer cannot override',
      {
        amountCents: 900_000,
        override: { userId: 'u1', role: 'culture_officer', reason: 'Artiste prestigieux confirmé' },
      },
      'over_budget',
      'role_not_authorised',
    ],
    [
      'over budget, mayor without a real reason',
      { amountCents: 900_000, override: { userId: 'u2', role: 'mayor', reason: 'ok' } },
      'over_budget',
      'reason_too_short',
    ],
    [
      'over budget, mayor overrides',
      {
        amountCents: 900_000,
        override: { userId: 'u2', role: 'mayor', reason: 'Décision modificative votée le 12/05' },
      },
      'ok',
      -100_000,
    ],
    [
      'commune narrows the roles',
      {
        amountCents: 900_000,
        authorisedRoles: ['mayor'],
        override: { userId: 'u3', role: 'finance_director', reason: 'Décision modificative votée le 12/05' },
      },
      'over_budget',
      'role_not_authorised',
    ],
    ['zero amount', { amountCents: 0 }, 'validation_error', null],
    ['other year', { year: 2027 }, 'validation_error', null],
    ['unknown article', { imputation: { chapter: '011', article: '6999' } }, 'validation_error', null],
    [
      'imputation differs from the line',
      { imputation: { chapter: '011', article: '6232' } },
      'validation_error',
      null,
    ],
  ])('%s → %s', (_name, overrides, kind, detail) => {
    const outcome = checkPurchaseOrder({ ...base, ...overrides });
    expect(outcome.kind).toBe(kind);
    if (outcome.kind === 'ok') expect(outcome.remainingAfterCents).toBe(detail);
    if (outcome.kind === 'over_budget') {
      expect(outcome.overrideRefused).toBe(detail);
      expect(outcome.shortfallCents).toBe(100_000);
      expect(outcome.message.fr).toContain('Crédits insuffisants');
    }
  });

  it('ok never leaves a negative remainder without an override (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), (amountCents) => {
        const outcome = checkPurchaseOrder({ ...base, amountCents });
        if (outcome.kind === 'ok') expect(outcome.remainingAfterCents).toBeGreaterThanOrEqual(0);
        else expect(outcome.kind).toBe('over_budget');
      }),
    );
  });
});

describe('validateImputation (M57)', () => {
  it.each([
    ['011', '6042', 'valid'],
    ['011', '6232', 'valid'],
    ['011', '6188', 'valid'],
    ['011', '6228', 'valid'],
    ['012', '6218', 'valid'],
    ['012', '6042', 'article_not_in_chapter'],
    ['011', '623', 'not_a_leaf'],
    ['011', '7062', 'unknown_article'],
    ['999', '6042', 'unknown_chapter'],
  ])('%s / %s → %s', (chapter, article, expected) => {
    const check = validateImputation({ chapter, article });
    expect(check.kind === 'valid' ? 'valid' : check.reason).toBe(expected);
  });
});

describe('totalsByEvent', () => {
  it('adds lines of the same event and year', () => {
    const totals = totalsByEvent([
      line,
      {
        ...line,
        id: 'bl-2',
        imputation: { chapter: '011', article: '6232' },
        allocatedCents: 500_000,
        committedCents: 0,
        invoicedCents: 0,
        paidCents: 0,
      },
      { ...line, id: 'bl-3', eventId: null },
    ]);
    expect([...totals.entries()]).toEqual([
      [
        '2026:fete-musique',
        {
          year: 2026,
          allocatedCents: 2_500_000,
          committedCents: 1_200_000,
          invoicedCents: 600_000,
          paidCents: 300_000,
        },
      ],
    ]);
  });
});
