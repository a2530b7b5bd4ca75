import { ACCOUNT_TYPES, COUNTRIES, LOCALES, MEMBER_ROLES } from '@flowstage/db';
import { PASSWORD_MAX_LENGTH } from '@flowstage/domain/identity';
import { z } from 'zod';

const email = z.email().max(254).describe('E-mail address (case-insensitive)');
const password = z
  .string()
  .min(1)
  .max(PASSWORD_MAX_LENGTH * 4);
export const publicAccountTypes = ACCOUNT_TYPES.filter((t) => t !== 'admin') as Exclude<
  (typeof ACCOUNT_TYPES)[number],
  'admin'
>[]; // filter() cannot narrow a tuple by itself

export const accountTypeSchema = z.enum(ACCOUNT_TYPES);
export const localeSchema = z.enum(LOCALES);
export const countrySchema = z.enum(COUNTRIES);
export const roleSchema = z.enum(MEMBER_ROLES);

export const signupBody = z.strictObject({
  email,
  password: password.describe('≥ 8 characters with lower case, upper case, digit and symbol'),
  displayName: z.string().trim().min(1).max(120),
  accountType: z.enum(publicAccountTypes),
  organisationName: z.string().trim().min(1).max(200),
  country: countrySchema,
  locale: localeSchema.default('fr'),
});

export const loginBody = z.strictObject({ email, password });
export const refreshBody = z.strictObject({ refreshToken: z.string().min(1).max(200).optional() }).nullish();
export const forgotBody = z.strictObject({ email });
export const resetBody = z.strictObject({ token: z.string().min(1).max(200), password });
export const changePasswordBody = z.strictObject({ currentPassword: password, newPassword: password });

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: localeSchema,
});

export const membershipSchema = z.object({
  id: z.uuid().describe('Organisation id'),
  name: z.string(),
  accountType: accountTypeSchema,
  role: roleSchema,
  country: countrySchema,
});

export const meSchema = z.object({ user: userSchema, organisations: z.array(membershipSchema) });

export const sessionSchema = meSchema.extend({
  accessToken: z.string(),
  expiresIn: z.number().int().describe('Seconds until the access token expires'),
  refreshToken: z.string().describe('Also set as the httpOnly cookie fs_refresh'),
});

export const updateMeBody = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  locale: localeSchema.optional(),
});

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const organisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  accountType: accountTypeSchema,
  country: countrySchema,
  city: z.string().nullable(),
  siret: z.string().nullable(),
  vatNumber: z.string().nullable(),
  licenceNumber: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: z.string(),
});

export const updateOrganisationBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  country: countrySchema.optional(),
  city: optionalText(120),
  siret: z
    .string()
    .regex(/^\d{14}$/, 'a SIRET has 14 digits')
    .nullable()
    .optional(),
  vatNumber: z
    .string()
    .regex(/^[A-Z]{2}[0-9A-Z]{2,13}$/, 'an intra-EU VAT number starts with the country code')
    .nullable()
    .optional(),
  licenceNumber: z
    .string()
    .regex(/^PLATESV-[RD]-\d{4}-\d{6}$/, 'format PLATESV-D-YYYY-NNNNNN (R for a renewal)')
    .nullable()
    .optional(),
  phone: optionalText(40),
  website: z.url().max(300).nullable().optional(),
  description: optionalText(4000),
});

export const orgParams = z.strictObject({ orgId: z.uuid() });

export const memberSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
});
export const addMemberBody = z.strictObject({ email, role: roleSchema });
