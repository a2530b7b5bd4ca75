import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildContractDocument,
  CLAUSE_LIBRARY,
  CONTRACT_KINDS,
  CONTRACT_LANGUAGES,
  CONTRACT_TEMPLATES,
  type ContractCountry,
  type ContractTerms,
  checkMandatoryMentions,
  diffContractDocuments,
  documentText,
  exampleContractTerms,
  formatContractReference,
  isValidBelgianEnterpriseNumber,
  isValidSwissUid,
  parseContractReference,
  validationsTriggered,
  vatOnFee,
} from './index.ts';

const base = exampleContractTerms();
const with_ = (patch: Partial<ContractTerms>): ContractTerms => ({ ...base, ...patch });
const REF = 'CTR-2026-000001';

describe('templates and clause library', () => {
  it('has a template for every country and kind, with texts in its languages', () => {
    for (const country of ['FR', 'BE', 'CH', 'LU'] as const) {
      for (const kind of CONTRACT_KINDS) {
        const template = CONTRACT_TEMPLATES.find((t) => t.country === country && t.kind === kind);
        expect(template, `${country}/${kind}`).toBeDefined();
        for (const language of template?.languages ?? []) expect(template?.title[language]).toBeTruthy();
      }
    }
  });

  it.each([
    ['BE', 'nl'],
    ['CH', 'de'],
    ['LU', 'de'],
    ['FR', 'fr'],
  ] as const)('%s offers %s', (country, language) => {
    expect(
      CONTRACT_TEMPLATES.filter((t) => t.country === country).every((t) => t.languages.includes(language)),
    ).toBe(true);
  });

  it('every library clause has a title and text in all four languages', () => {
    for (const clause of CLAUSE_LIBRARY)
      for (const l of CONTRACT_LANGUAGES) {
        expect(clause.title[l], `${clause.id} ${l}`).toBeTruthy();
        expect(clause.text[l], `${clause.id} ${l}`).toBeTruthy();
      }
    expect(new Set(CLAUSE_LIBRARY.map((c) => c.id)).size).toBe(CLAUSE_LIBRARY.length);
  });
});

describe('buildContractDocument', () => {
  it('renders a French cession with its title, fee, VAT at the show date and licence', () => {
    const doc = buildContractDocument(base, REF);
    expect(doc.title).toBe("Contrat de cession du droit d'exploitation d'un spectacle");
    const text = documentText(doc);
    expect(text).toContain('4 500,00 €');
    expect(text).toContain('5,5 %');
    expect(text).toContain('PLATESV-D-2024-001234');
    expect(text).toContain('samedi 17 octobre 2026');
    expect(text).not.toMatch(/\{\w+\}/);
    expect(doc.clauses.every((c) => c.standard)).toBe(true);
  });

  it.each([
    ['FR', 'engagement', true, true],
    ['FR', 'engagement', false, false],
    ['FR', 'cession', true, false],
    ['BE', 'engagement', true, false],
  ] as const)('%s %s, occasional organiser %s → GUSO clause %s', (country, kind, occasional, guso) => {
    const doc = buildContractDocument(
      with_({ country, kind, language: 'fr', organiser: { ...base.organiser, occasional } }),
      REF,
    );
    expect(doc.clauses.some((c) => c.id === 'employment.guso')).toBe(guso);
  });

  it.each([
    ['BE', 'nl', 'Verkoopovereenkomst van een voorstelling', 'Belgische'],
    ['CH', 'de', 'Gastspielvertrag', 'schweizerischen'],
    ['LU', 'de', 'Gastspielvertrag', 'luxemburgischen'],
    ['LU', 'fr', 'Contrat de représentation', 'luxembourgeois'],
  ] as const)('%s in %s: "%s" under %s law', (country, language, title, law) => {
    const doc = buildContractDocument(
      with_({ country, language, currency: country === 'CH' ? 'CHF' : 'EUR' }),
      REF,
    );
    expect(doc.title).toBe(title);
    expect(documentText(doc)).toContain(law);
  });

  it('falls back to English when the template lacks the language', () => {
    expect(buildContractDocument(with_({ language: 'nl' }), REF).language).toBe('en');
  });

  it.each([
    [{ type: 'flat_guarantee', feeCents: 150_000 }, '1 500,00 €'],
    [
      {
        type: 'guarantee_vs_percentage',
        guaranteeCents: 200_000,
        percentageBasisPoints: 7000,
        deductibleCostsCents: 50_000,
      },
      '70 %',
    ],
    [{ type: 'door_deal', percentageBasisPoints: 8000 }, '80 %'],
    [{ type: 'co_realisation', producerShareBasisPoints: 6500, producerMinimumCents: 100_000 }, '65 %'],
  ] as const)('describes the deal %j', (deal, expected) => {
    expect(documentText(buildContractDocument(with_({ deal }), REF))).toContain(expected);
  });

  it('marks hand-written clauses non-standard and keeps library extras standard', () => {
    const doc = buildContractDocument(
      with_({
        libraryClauses: ['optional.recording'],
        customClauses: [{ title: 'Parking', text: 'Deux places.' }],
      }),
      REF,
    );
    expect(doc.clauses.find((c) => c.id === 'optional.recording')?.standard).toBe(true);
    expect(doc.clauses.find((c) => c.id === 'custom-1')).toMatchObject({ standard: false, title: 'Parking' });
    expect(documentText(doc)).toContain('Parking [non-standard]');
  });

  it("uses an organisation's own library clause by id, as a standard clause", () => {
    const own = {
      id: 'org:parking',
      category: 'custom' as const,
      kinds: [],
      title: { fr: 'Stationnement', en: 'Parking', nl: 'Parkeren', de: 'Parken' },
      text: {
        fr: 'Deux places réservées.',
        en: 'Two reserved spaces.',
        nl: 'Twee plaatsen.',
        de: 'Zwei Plätze.',
      },
    };
    const terms = with_({ libraryClauses: ['org:parking'] });
    expect(checkMandatoryMentions(terms).missing.map((m) => m.code)).toEqual(['unknown_clause']);
    expect(checkMandatoryMentions(terms, [own]).missing).toEqual([]);
    const clause = buildContractDocument(terms, REF, [own]).clauses.find((c) => c.id === 'org:parking');
    expect(clause).toMatchObject({ standard: true, title: 'Stationnement', text: 'Deux places réservées.' });
  });

  it('drops the radius and annex clauses when there is none', () => {
    const doc = buildContractDocument(with_({ radius: null, riders: [] }), REF);
    expect(doc.clauses.map((c) => c.id)).not.toContain('radius.default');
    expect(doc.clauses.map((c) => c.id)).not.toContain('annexes.riders');
  });

  it('never leaves a placeholder, whatever the template and language', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONTRACT_TEMPLATES),
        fc.constantFrom(...CONTRACT_LANGUAGES),
        fc.boolean(),
        (template, language, occasional) => {
          const doc = buildContractDocument(
            with_({
              country: template.country,
              kind: template.kind,
              language,
              organiser: { ...base.organiser, occasional },
            }),
            REF,
          );
          return !/\{\w+\}/.test(documentText(doc));
        },
      ),
    );
  });
});

describe('VAT on the fee, from the dated tables', () => {
  it.each([
    [with_({}), { kind: 'rate', basisPoints: 550 }],
    [with_({ drinksServed: true }), { kind: 'rate', basisPoints: 2000 }],
    [with_({ kind: 'engagement' }), { kind: 'not_applicable' }],
    [with_({ country: 'LU' }), { kind: 'rate', basisPoints: 300 }],
    [with_({ country: 'CH' }), { kind: 'excluded' }],
    [with_({ country: 'CH', show: { ...base.show, date: '2024-06-01' } }), { kind: 'to_verify' }],
    [with_({ country: 'BE' }), { kind: 'to_verify' }],
  ])('%#', (terms, expected) => {
    expect(vatOnFee(terms)).toMatchObject(expected);
  });
});

describe('checkMandatoryMentions', () => {
  const codes = (t: ContractTerms) => checkMandatoryMentions(t).missing.map((m) => m.code);

  it('accepts the complete example', () => {
    expect(checkMandatoryMentions(base)).toEqual({ missing: [], warnings: [] });
  });

  it.each([
    [
      'no producer licence',
      with_({ producer: { ...base.producer, licenceNumber: undefined } }),
      ['producer_licence'],
    ],
    [
      'licence in the wrong format',
      with_({ producer: { ...base.producer, licenceNumber: '2-1045678' } }),
      ['producer_licence'],
    ],
    [
      'bad producer SIRET',
      with_({ producer: { ...base.producer, siret: '73282932000075' } }),
      ['producer_siret'],
    ],
    [
      'organiser without licence',
      with_({ organiser: { ...base.organiser, licenceNumber: undefined } }),
      ['organiser_licence'],
    ],
    [
      'occasional organiser without licence',
      with_({ organiser: { ...base.organiser, licenceNumber: undefined, occasional: true } }),
      [],
    ],
    [
      'engagement: no producer licence needed',
      with_({ kind: 'engagement', producer: { ...base.producer, licenceNumber: undefined } }),
      [],
    ],
    ['zero fee', with_({ deal: { type: 'flat_guarantee', feeCents: 0 } }), ['fee']],
    ['no date', with_({ show: { ...base.show, date: '17/10/2026' } }), ['show_date']],
    ['unknown library clause', with_({ libraryClauses: ['nope'] }), ['unknown_clause']],
    [
      'malformed VAT number',
      with_({ producer: { ...base.producer, vatNumber: 'FR00732829320' } }),
      ['producer_vat_number'],
    ],
  ] as const)('%s', (_label, terms, expected) => {
    expect(codes(terms)).toEqual(expected);
  });

  it.each([
    ['BE', '0403.170.701', true],
    ['BE', '0403.170.702', false],
    ['CH', 'CHE-116.281.710', true],
    ['CH', 'CHE-116.281.711', false],
    ['LU', 'B123456', true],
    ['LU', '123', false],
  ] as const)('%s registration %s valid = %s', (country: ContractCountry, number, valid) => {
    const party = (p: ContractTerms['producer']) => ({
      ...p,
      country,
      siret: undefined,
      registrationNumber: number,
    });
    const terms = with_({
      country,
      producer: party(base.producer),
      organiser: { ...party(base.organiser), occasional: false },
    });
    expect(codes(terms).includes('producer_registration')).toBe(!valid);
  });

  it('warns when the VAT rate is not in the reference tables', () => {
    const terms = with_({
      country: 'BE',
      producer: { ...base.producer, country: 'BE', registrationNumber: '0403.170.701' },
    });
    expect(checkMandatoryMentions(terms).warnings.map((w) => w.code)).toEqual(['vat_rate']);
  });

  it.each([
    ['0403170701', true],
    ['BE0403170701', true],
    ['2403170701', false],
  ])('Belgian enterprise number %s → %s', (n, ok) => expect(isValidBelgianEnterpriseNumber(n)).toBe(ok));
  it.each([
    ['CHE-116.281.710', true],
    ['CHE116281710', true],
    ['CHE-116.281.71', false],
  ])('Swiss UID %s → %s', (n, ok) => expect(isValidSwissUid(n)).toBe(ok));
});

describe('diffContractDocuments', () => {
  it('finds modified, added and removed clauses with word-level changes', () => {
    const v1 = buildContractDocument(base, REF);
    const v2 = buildContractDocument(
      with_({
        deal: { type: 'flat_guarantee', feeCents: 500_000 },
        radius: null,
        customClauses: [{ title: 'Parking', text: 'Deux places.' }],
      }),
      REF,
    );
    const diff = diffContractDocuments(v1, v2, { before: 'v1', after: 'v2' });
    expect(diff.identical).toBe(false);
    expect(diff.clauses.map((c) => `${c.kind}:${c.id}`).sort()).toEqual(
      ['added:custom-1', 'modified:financial.fee', 'removed:radius.default'].sort(),
    );
    const fee = diff.clauses.find((c) => c.id === 'financial.fee');
    if (fee?.kind !== 'modified') throw new Error('fee not modified');
    expect(fee.words.filter((w) => w.removed).map((w) => w.value.trim())).toContain('4 500');
    expect(fee.words.filter((w) => w.added).map((w) => w.value.trim())).toContain('5 000');
    expect(diff.patch).toContain('+++ v2');
    expect(diff.patch).toContain('-Prix de cession forfaitaire : 4 500,00 € hors taxes.');
  });

  it('a version compared with itself is identical', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (fee) => {
        const doc = buildContractDocument(with_({ deal: { type: 'flat_guarantee', feeCents: fee } }), REF);
        const d = diffContractDocuments(doc, doc);
        return d.identical && d.clauses.length === 0;
      }),
    );
  });
});

describe('contract references', () => {
  it.each([
    [2026, 123, 'CTR-2026-000123'],
    [2027, 999_999, 'CTR-2027-999999'],
  ])('%i #%i → %s', (year, seq, text) => {
    expect(formatContractReference(year, seq)).toBe(text);
    expect(parseContractReference(text)).toEqual({ year, sequence: seq });
  });
  it('round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 9999 }), fc.integer({ min: 1, max: 999_999 }), (y, s) => {
        expect(parseContractReference(formatContractReference(y, s))).toEqual({ year: y, sequence: s });
      }),
    );
  });
  it.each(['CTR-2026-000000', 'CTR-26-000001', 'ctr-2026-000001'])('refuses %s', (t) => {
    expect(parseContractReference(t)).toBeNull();
  });
});

describe('validationsTriggered', () => {
  const now = new Date('2026-06-01T10:00:00Z');
  const base = exampleContractTerms();
  it.each([
    [{ type: 'flat_guarantee', feeCents: 500_000 } as const, 0, []],
    [{ type: 'flat_guarantee', feeCents: 500_001 } as const, 0, ['fee_above_threshold']],
    [
      {
        type: 'guarantee_vs_percentage',
        guaranteeCents: 800_000,
        percentageBasisPoints: 7000,
        deductibleCostsCents: 0,
      } as const,
      1,
      ['fee_above_threshold', 'non_standard_clause'],
    ],
    [{ type: 'door_deal', percentageBasisPoints: 8000 } as const, 1, ['non_standard_clause']],
  ])('%o with %i custom clause(s) → %o', (deal, custom, expected) => {
    const terms: ContractTerms = {
      ...base,
      deal,
      customClauses: Array.from({ length: custom }, () => ({ title: 'Extra', text: 'Texte libre.' })),
    };
    expect(validationsTriggered(terms, now)).toEqual(expected);
  });
});
