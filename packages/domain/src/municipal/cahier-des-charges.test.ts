import { describe, expect, it } from 'vitest';
import {
  buildCahierDesCharges,
  DEFAULT_CRITERIA,
  type EventBrief,
  validateCriteria,
} from './cahier-des-charges.ts';

const brief: EventBrief = {
  title: 'Fête de la musique 2026',
  buyerName: 'Commune de Villefranche',
  need: 'Spectacle de rue familial en déambulation dans le centre-ville, deux passages.',
  formats: ['deambulation', 'interactif'],
  place: {
    name: 'Centre-ville',
    address: 'Place de la Mairie, 69400 Villefranche',
    outdoor: true,
    accessibleReducedMobility: true,
    powerAvailable: false,
  },
  performances: [
    { date: '2026-06-21', start: '17:00', end: '18:00' },
    { date: '2026-06-21', start: '21:00', end: '00:30' },
  ],
  audience: { expectedSize: 800, target: 'families', free: true },
  technical: { soundAutonomyRequired: true, badWeather: 'indoor_fallback', curfew: '23:30' },
  budgetCeilingExclVatCents: 800_000,
  responseDeadline: '2026-05-15',
  contractType: 'cession',
};

describe('buildCahierDesCharges', () => {
  it('builds the sections, default criteria and required documents', () => {
    const outcome = buildCahierDesCharges(brief, '2026-04-20');
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome.issues));
    const doc = outcome.document;
    expect(doc.title).toBe('Cahier des charges — Fête de la musique 2026');
    expect(doc.criteria.reduce((s, c) => s + c.weightPercent, 0)).toBe(100);
    expect(doc.sections.map((s) => s.id)).toEqual([
      'object',
      'place',
      'dates',
      'audience',
      'technical',
      'budget',
      'criteria',
      'documents',
      'response',
    ]);
    expect(doc.requiredDocuments.map((d) => d.id)).toContain('licence_receipt');
    expect(doc.requiredDocuments.map((d) => d.id)).toContain('vigilance_certificate');
    expect(doc.sections.find((s) => s.id === 'technical')?.items).toContain(
      'Fin de toute émission sonore à 23:30.',
    );
    expect(doc.sections.find((s) => s.id === 'audience')?.items[0]).toBe(
      'Jauge attendue : 800 personnes ; public familial ; gratuit.',
    );
    expect(doc.sections.find((s) => s.id === 'budget')?.items[0]).toContain('8 000,00 € HT');
  });

  it.each<[string, Partial<EventBrief>, boolean, boolean]>([
    ['cession, 8,000 €', {}, true, true],
    ['cession, 3,000 € (below the vigilance threshold)', { budgetCeilingExclVatCents: 300_000 }, true, false],
    [
      'engagement, no budget given',
      { contractType: 'engagement', budgetCeilingExclVatCents: undefined },
      false,
      true,
    ],
  ])('documents for %s: licence %s, vigilance %s', (_name, overrides, licence, vigilance) => {
    const outcome = buildCahierDesCharges({ ...brief, ...overrides }, '2026-04-20');
    if (outcome.kind !== 'ok') throw new Error('expected ok');
    const ids = outcome.document.requiredDocuments.map((d) => d.id);
    expect(ids.includes('licence_receipt')).toBe(licence);
    expect(ids.includes('vigilance_certificate')).toBe(vigilance);
    expect(ids.includes('artists_list')).toBe(!licence);
  });

  it.each<[string, Partial<EventBrief>, string]>([
    [
      'weights not summing to 100',
      {
        criteria: [
          { id: 'p', label: 'Prix', kind: 'price', weightPercent: 60 },
          { id: 'q', label: 'Qualité', kind: 'quality', weightPercent: 30 },
        ],
      },
      'criteria',
    ],
    [
      'no price criterion',
      { criteria: [{ id: 'q', label: 'Qualité', kind: 'quality', weightPercent: 100 }] },
      'criteria',
    ],
    [
      'zero weight',
      {
        criteria: [
          { id: 'p', label: 'Prix', kind: 'price', weightPercent: 100 },
          { id: 'q', label: 'Qualité', kind: 'quality', weightPercent: 0 },
        ],
      },
      'criteria.1.weightPercent',
    ],
    ['vague need', { need: 'Un spectacle' }, 'need'],
    ['deadline past', { responseDeadline: '2026-04-01' }, 'responseDeadline'],
    [
      'show before the deadline',
      { performances: [{ date: '2026-05-10', start: '17:00', end: '18:00' }] },
      'performances.0.date',
    ],
    ['bad time', { performances: [{ date: '2026-06-21', start: '25:00', end: '18:00' }] }, 'performances.0'],
    ['no audience', { audience: { expectedSize: 0, target: 'all', free: true } }, 'audience.expectedSize'],
    ['no format', { formats: [] }, 'formats'],
  ])('refuses %s', (_name, overrides, field) => {
    const outcome = buildCahierDesCharges({ ...brief, ...overrides }, '2026-04-20');
    expect(outcome.kind === 'validation_error' && outcome.issues.map((i) => i.field)).toContain(field);
  });

  it('default criteria are valid', () => {
    expect(validateCriteria(DEFAULT_CRITERIA)).toEqual([]);
  });
});
