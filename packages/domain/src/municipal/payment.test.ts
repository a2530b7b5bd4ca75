import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublicBuyerType } from '../reference/payment-rules.ts';
import { latePaymentInterest, paymentAlerts, paymentDeadline, simpleInterestCents } from './payment.ts';

describe('paymentDeadline', () => {
  it.each<[PublicBuyerType, string]>([
    ['local_authority', '2026-04-01'],
    ['central_government', '2026-04-01'],
    ['hospital', '2026-04-21'],
    ['public_enterprise', '2026-05-01'],
  ])('%s → %s for an invoice received 2026-03-02', (buyerType, due) => {
    expect(paymentDeadline('2026-03-02', buyerType)).toMatchObject({ kind: 'ok', dueDate: due });
  });

  it('refuses a malformed date and answers no rule before the CCP', () => {
    expect(paymentDeadline('2026-3-2', 'local_authority').kind).toBe('validation_error');
    expect(paymentDeadline('2018-01-10', 'local_authority').kind).toBe('no_rule_in_force');
  });
});

describe('paymentAlerts', () => {
  it.each([
    ['2026-03-10', 'not_due', 22, '2026-03-22'],
    ['2026-03-25', 'due_soon', 7, '2026-03-27'],
    ['2026-04-01', 'due_today', 0, null],
    ['2026-04-05', 'overdue', -4, null],
  ])('on %s → %s', (today, status, daysRemaining, nextAlert) => {
    const result = paymentAlerts({ invoiceReceivedOn: '2026-03-02', buyerType: 'local_authority', today });
    expect(result).toMatchObject({ kind: 'ok', dueDate: '2026-04-01', status, daysRemaining, nextAlert });
  });

  it('lists reminder dates earliest first', () => {
    const result = paymentAlerts({
      invoiceReceivedOn: '2026-03-02',
      buyerType: 'local_authority',
      today: '2026-03-02',
      alertDaysBefore: [3, 7, 7, 0],
    });
    expect(result.kind === 'ok' && result.alerts).toEqual([
      { date: '2026-03-25', daysBefore: 7 },
      { date: '2026-03-29', daysBefore: 3 },
    ]);
  });
});

describe('latePaymentInterest', () => {
  it('12,000 € HT = 14,400 € TTC (20 %) paid 10 days late in H1 2026', () => {
    const result = latePaymentInterest({
      invoiceReceivedOn: '2026-03-02',
      buyerType: 'local_authority',
      amountDueInclVatCents: 1_440_000,
      paidOn: '2026-04-11',
    });
    if (result.kind !== 'late') throw new Error(result.kind);
    // (2.15 + 8) % × 14,400 € × 10 / 365 = 40.0438… €
    expect(result).toMatchObject({
      dueDate: '2026-04-01',
      delayStartsOn: '2026-04-02',
      daysLate: 10,
      ecbRateBasisPoints: 215,
      marginBasisPoints: 800,
      annualRateBasisPoints: 1015,
      interestCents: 4004,
      indemnityCents: 4000,
      totalCents: 8004,
    });
    expect(result.ecbRule.unconfirmed).toBe(true);
    expect(result.explanation.fr).toContain('14 400,00 € TTC');
    expect(result.explanation.fr).toContain('à vérifier');
    expect(result.explanation.en).toContain('€80.04');
  });

  it.each([
    // [received, amount TTC, paid, ECB bp, interest cents]
    ['2026-03-02', 1_266_000, '2026-04-11', 215, 3521], // 12,000 € HT at 5.5 % (cession)
    ['2025-06-01', 1_440_000, '2025-07-11', 215, 4004], // delay starts 2025-07-02: H2 2025 rate
    ['2025-05-01', 1_440_000, '2025-06-10', 315, 4399], // delay starts 2025-06-01: H1 2025 rate 3.15 %
    ['2023-12-01', 1_000_000, '2024-01-31', 450, 10616], // delay starts 2024-01-01: 12.5 % × 31 days
  ])('received %s, %i cents paid %s → ECB %i bp, %i cents', (received, amount, paidOn, ecb, interest) => {
    const result = latePaymentInterest({
      invoiceReceivedOn: received,
      buyerType: 'local_authority',
      amountDueInclVatCents: amount,
      paidOn,
    });
    expect(result).toMatchObject({ kind: 'late', ecbRateBasisPoints: ecb, interestCents: interest });
  });

  it('on time: nothing owed', () => {
    const result = latePaymentInterest({
      invoiceReceivedOn: '2026-03-02',
      buyerType: 'local_authority',
      amountDueInclVatCents: 1_440_000,
      paidOn: '2026-04-01',
    });
    expect(result.kind).toBe('on_time');
  });

  it('no ECB rate loaded for the half-year → no_rule_in_force', () => {
    const result = latePaymentInterest({
      invoiceReceivedOn: '2026-12-15',
      buyerType: 'local_authority',
      amountDueInclVatCents: 100_000,
      paidOn: '2027-02-01',
    });
    expect(result).toMatchObject({ kind: 'no_rule_in_force', date: '2027-01-01' });
  });

  it('rejects fractional cents', () => {
    const result = latePaymentInterest({
      invoiceReceivedOn: '2026-03-02',
      buyerType: 'local_authority',
      amountDueInclVatCents: 10.5,
      paidOn: '2026-04-11',
    });
    expect(result.kind).toBe('validation_error');
  });

  it('simple interest is exact and monotonic in days (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.nat(2000),
        (amount, bp, d) => {
          const a = simpleInterestCents(amount, bp, d);
          const b = simpleInterestCents(amount, bp, d + 1);
          expect(Number.isSafeInteger(a)).toBe(true);
          expect(b).toBeGreaterThanOrEqual(a);
          expect(Math.abs(a - (amount * bp * d) / 3_650_000)).toBeLessThanOrEqual(
            0.5 + 1e-3 * Math.max(1, a),
          );
        },
      ),
    );
  });
});
