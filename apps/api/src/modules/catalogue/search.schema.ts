import { z } from 'zod';
import { countrySchema, kindSchema } from './profile.schema.ts';

const csv = <T extends z.ZodType<string, string>>(item: T, max: number) =>
  z
    .string()
    .max(2000)
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(max));

export const SORTS = ['relevance', 'distance', 'price', 'rating', 'name'] as const;

export const searchQuery = z
  .strictObject({
    q: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('Free text on name and town: accent-insensitive, typo-tolerant'),
    genres: csv(z.string().max(60), 20)
      .optional()
      .describe('Comma-separated genre slugs; a family includes its sub-genres'),
    capacityMin: z.coerce
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Audience size wanted, lower bound (overlap with the profile range)'),
    capacityMax: z.coerce.number().int().min(0).optional(),
    priceMin: z.coerce
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Budget/fee range in cents (overlap with the profile price range)'),
    priceMax: z.coerce.number().int().min(0).optional(),
    lat: z.coerce.number().min(-90).max(90).optional().describe('Centre of a radius search (with lng)'),
    lng: z.coerce.number().min(-180).max(180).optional(),
    townId: z.coerce
      .number()
      .int()
      .positive()
      .optional()
      .describe('Centre of a radius search: a town of GET /catalogue/towns'),
    radiusKm: z.coerce
      .number()
      .positive()
      .max(1500)
      .optional()
      .describe('Radius around the centre, km (default 100)'),
    dateFrom: z.iso
      .date()
      .optional()
      .describe('Free (not booked, not unavailable) on every day from dateFrom…'),
    dateTo: z.iso.date().optional().describe('…to dateTo inclusive (max 366 days)'),
    country: csv(countrySchema, 4).optional(),
    region: csv(z.string().max(80), 30).optional(),
    departement: csv(z.string().max(10), 120).optional(),
    languages: csv(z.string().regex(/^[a-z]{2}$/), 10)
      .optional()
      .describe('Any of these ISO 639-1 languages'),
    categories: csv(z.string().max(60), 20)
      .optional()
      .describe('Any of: venue type, act type, technician speciality, provider service, performance type…'),
    features: csv(z.string().max(80), 20)
      .optional()
      .describe('All of: pmr, autonomous, weather-independent, equipment:grandma3, audience:family…'),
    minRating: z.coerce.number().min(1).max(5).optional(),
    verified: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    sort: z.enum(SORTS).optional().describe('Default: relevance with q, distance with a centre, else name'),
    cursor: z.string().max(300).optional().describe('nextCursor of the previous page'),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    facets: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
  })
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), {
    message: 'give lat and lng together',
    path: ['lng'],
  })
  .refine(
    (q) => !(q.capacityMin !== undefined && q.capacityMax !== undefined && q.capacityMin > q.capacityMax),
    {
      message: 'capacityMin is greater than capacityMax',
      path: ['capacityMin'],
    },
  )
  .refine((q) => !(q.priceMin !== undefined && q.priceMax !== undefined && q.priceMin > q.priceMax), {
    message: 'priceMin is greater than priceMax',
    path: ['priceMin'],
  })
  .refine((q) => (q.dateFrom === undefined) === (q.dateTo === undefined), {
    message: 'give dateFrom and dateTo together',
    path: ['dateTo'],
  })
  .refine((q) => !(q.dateFrom && q.dateTo && q.dateFrom > q.dateTo), {
    message: 'dateFrom is after dateTo',
    path: ['dateFrom'],
  });
export type SearchQuery = z.output<typeof searchQuery>;

const facet = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const searchHitSchema = z.object({
  id: z.uuid(),
  kind: kindSchema,
  name: z.string(),
  city: z.string().nullable(),
  country: countrySchema,
  region: z.string().nullable(),
  departement: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  genres: z.array(z.string()),
  languages: z.array(z.string()),
  categories: z.array(z.string()),
  features: z.array(z.string()),
  capacityMin: z.number().int().nullable(),
  capacityMax: z.number().int().nullable(),
  priceMinCents: z.number().int().nullable(),
  priceMaxCents: z.number().int().nullable(),
  currency: z.string(),
  rating: z.number().nullable(),
  ratingCount: z.number().int(),
  verification: z.string(),
  completion: z.number().int(),
  distanceMetres: z.number().int().nullable().describe('From the search centre, when one was given'),
  relevance: z.number().nullable().describe('Text similarity 0..1, when q was given'),
});

export const searchResultSchema = z.object({
  items: z.array(searchHitSchema),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page'),
  total: z.number().int().describe('Profiles matching every filter'),
  facets: z
    .object({ country: facet, genre: facet, category: facet, language: facet })
    .nullable()
    .describe('Counts among the matching profiles (null when facets=false)'),
});
export type SearchResult = z.output<typeof searchResultSchema>;
