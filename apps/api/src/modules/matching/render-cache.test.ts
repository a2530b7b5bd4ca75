import { type Explanation, render } from '@flowstage/domain/matching';
import { describe, expect, it } from 'vitest';
import { renderCached } from './render-cache.ts';

const budget = (cents: number): Explanation => ({
  key: 'budget.full',
  params: {
    budget: { money: cents, currency: 'EUR' },
    feeMin: { money: 300_000, currency: 'EUR' },
    feeMax: { money: 450_000, currency: 'EUR' },
  },
});

describe('renderCached', () => {
  it('renders as the core does, per locale and per parameters', () => {
    expect(renderCached(budget(500_000), 'fr')).toBe(render(budget(500_000), 'fr'));
    expect(renderCached(budget(500_000), 'en')).toBe(render(budget(500_000), 'en'));
    expect(renderCached(budget(500_000), 'fr')).not.toBe(renderCached(budget(500_000), 'en'));
    expect(renderCached(budget(510_000), 'fr')).toContain('5\u202f100');
  });

  it('stays right once full: the least recently used texts are rendered again', () => {
    const first = renderCached(budget(1), 'de');
    for (let i = 2; i < 60_000; i++) renderCached(budget(i * 100), 'fr');
    expect(renderCached(budget(1), 'de')).toBe(first);
    expect(renderCached(budget(59_999 * 100), 'fr')).toBe(render(budget(59_999 * 100), 'fr'));
  });
});
