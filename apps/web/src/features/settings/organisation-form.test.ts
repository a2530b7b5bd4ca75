import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../app/api/types.ts';
import { checkOrganisation, type OrganisationValues, toPatch, toValues } from './organisation-form.ts';

const org: Organisation = {
  id: '5b7c0a3e-8f7e-4a8e-9f52-0d2f1c7a1b11',
  name: 'Le Grand Mix',
  accountType: 'venue',
  country: 'FR',
  city: 'Tourcoing',
  siret: null,
  vatNumber: null,
  licenceNumber: null,
  phone: null,
  website: null,
  description: null,
  createdAt: '2026-01-05T10:00:00Z',
};

const values = (patch: Partial<OrganisationValues>): OrganisationValues => ({ ...toValues(org), ...patch });

describe('toPatch', () => {
  it('clears empty fields and compacts identifiers', () => {
    expect(
      toPatch(
        values({
          city: '  ',
          siret: '123 456 789 00012',
          vatNumber: 'fr 12 123456789',
          website: ' https://x.fr ',
        }),
      ),
    ).toEqual({
      name: 'Le Grand Mix',
      country: 'FR',
      city: null,
      siret: '12345678900012',
      vatNumber: 'FR12123456789',
      licenceNumber: null,
      phone: null,
      website: 'https://x.fr',
      description: null,
    });
  });

  it('round-trips an organisation without loss', () => {
    const full: Organisation = {
      ...org,
      siret: '12345678900012',
      vatNumber: 'BE0123456789',
      licenceNumber: 'PLATESV-D-2024-000123',
      phone: '+32 2 555 12 12',
      website: 'https://example.be',
      description: 'Salle de 900 places',
    };
    const { id: _id, accountType: _type, createdAt: _created, ...editable } = full;
    expect(toPatch(toValues(full))).toEqual(editable);
  });
});

describe('checkOrganisation', () => {
  it.each<[string, Partial<OrganisationValues>, ReturnType<typeof checkOrganisation>]>([
    ['valid as loaded', {}, {}],
    ['name required', { name: ' ' }, { name: 'required' }],
    ['siret of 13 digits', { siret: '1234567890001' }, { siret: 'siret' }],
    ['siret with spaces', { siret: '123 456 789 00012' }, {}],
    ['VAT without country', { vatNumber: '0123456789' }, { vatNumber: 'vatNumber' }],
    ['Swiss VAT-like CHE', { vatNumber: 'CHE123456789' }, {}],
    ['licence format', { licenceNumber: 'PLATESV-D-2024-000123' }, {}],
    ['licence old format', { licenceNumber: '2-1234567' }, { licenceNumber: 'licenceNumber' }],
    ['website without scheme', { website: 'example.fr' }, { website: 'website' }],
    ['website ftp', { website: 'ftp://example.fr' }, { website: 'website' }],
  ])('%s', (_name, patch, expected) => {
    expect(checkOrganisation(values(patch))).toEqual(expected);
  });
});
