// Form values ⇄ API shapes for the organisation profile, with the same format checks as the API
// (apps/api/src/modules/identity/schemas.ts) so mistakes show before submitting.
import type { Country, Organisation, OrganisationPatch } from '../../app/api/types.ts';

export interface OrganisationValues {
  name: string;
  country: Country;
  city: string;
  siret: string;
  vatNumber: string;
  licenceNumber: string;
  phone: string;
  website: string;
  description: string;
}

export function toValues(org: Organisation): OrganisationValues {
  return {
    name: org.name,
    country: org.country,
    city: org.city ?? '',
    siret: org.siret ?? '',
    vatNumber: org.vatNumber ?? '',
    licenceNumber: org.licenceNumber ?? '',
    phone: org.phone ?? '',
    website: org.website ?? '',
    description: org.description ?? '',
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
/** People type identifiers with spaces ("123 456 789 00012", "fr 12 345…"); the API wants them bare. */
const compact = (value: string): string | null => orNull(value.replace(/\s+/g, '').toUpperCase());

export function toPatch(values: OrganisationValues): OrganisationPatch {
  return {
    name: values.name.trim(),
    country: values.country,
    city: orNull(values.city),
    siret: compact(values.siret),
    vatNumber: compact(values.vatNumber),
    licenceNumber: compact(values.licenceNumber),
    phone: orNull(values.phone),
    website: orNull(values.website),
    description: orNull(values.description),
  };
}

export type OrganisationFieldProblem = 'required' | 'siret' | 'vatNumber' | 'licenceNumber' | 'website';

const SIRET = /^\d{14}$/;
const VAT = /^[A-Z]{2}[0-9A-Z]{2,13}$/;
const LICENCE = /^PLATESV-[RD]-\d{4}-\d{6}$/;

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Problems per field, keyed like the form; an empty object means the values can be sent. */
export function checkOrganisation(
  values: OrganisationValues,
): Partial<Record<keyof OrganisationValues, OrganisationFieldProblem>> {
  const patch = toPatch(values);
  const problems: Partial<Record<keyof OrganisationValues, OrganisationFieldProblem>> = {};
  if (!patch.name) problems.name = 'required';
  if (patch.siret && !SIRET.test(patch.siret)) problems.siret = 'siret';
  if (patch.vatNumber && !VAT.test(patch.vatNumber)) problems.vatNumber = 'vatNumber';
  if (patch.licenceNumber && !LICENCE.test(patch.licenceNumber)) problems.licenceNumber = 'licenceNumber';
  if (patch.website && !isUrl(patch.website)) problems.website = 'website';
  return problems;
}
