import { z } from 'zod';

const day = z.iso.date().describe('YYYY-MM-DD');
export const availabilityStatus = z
  .enum(['available', 'option', 'booked', 'unavailable'])
  .describe('available: open; option: held (a hold, still searchable); booked / unavailable: busy');

export const slotBody = z
  .strictObject({
    startDate: day,
    endDate: day.describe('Inclusive last day'),
    status: availabilityStatus,
    reason: z.string().trim().max(300).nullable().optional().describe('Shown to members only'),
  })
  .refine((b) => b.startDate <= b.endDate, { message: 'startDate is after endDate', path: ['endDate'] })
  .refine((b) => Date.parse(b.endDate) - Date.parse(b.startDate) <= 366 * 86_400_000, {
    message: 'at most one year per entry',
    path: ['endDate'],
  });

export const ruleBody = z
  .strictObject({
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .max(7)
      .describe('ISO weekdays: 1 = Monday … 7 = Sunday'),
    validFrom: day.nullable().optional(),
    validTo: day.nullable().optional(),
    reason: z.string().trim().max(300).nullable().optional(),
  })
  .refine((b) => !(b.validFrom && b.validTo && b.validFrom > b.validTo), {
    message: 'validFrom is after validTo',
    path: ['validTo'],
  });

export const rangeQuery = z
  .strictObject({ from: day, to: day })
  .refine((q) => q.from <= q.to, { message: 'from is after to', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 2 * 366 * 86_400_000, {
    message: 'at most two years',
    path: ['to'],
  });

export const slotSchema = z.object({
  id: z.uuid(),
  startDate: z.string(),
  endDate: z.string(),
  status: availabilityStatus,
  reason: z.string().nullable(),
  source: z.enum(['manual', 'ical']),
});
export const ruleSchema = z.object({
  id: z.uuid(),
  weekdays: z.array(z.number().int()),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  reason: z.string().nullable(),
});
export const holidaySchema = z.object({ date: z.string(), name: z.string() });

export const calendarSchema = z.object({
  slots: z.array(slotSchema),
  rules: z.array(ruleSchema).describe('Weekly recurring unavailability'),
  holidays: z
    .array(holidaySchema)
    .describe("Public holidays of the profile's country (and canton/region when known)"),
});

export const icalImportBody = z
  .strictObject({
    label: z.string().trim().min(1).max(100),
    url: z
      .url()
      .max(1000)
      .optional()
      .describe('http(s) iCal URL, fetched now (10 s, 2 MB max) and on each sync'),
    ics: z.string().max(2_000_000).optional().describe('Content of an .ics file'),
  })
  .refine((b) => (b.url === undefined) !== (b.ics === undefined), {
    message: 'give either url or ics',
    path: ['url'],
  });

export const calendarSourceSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  url: z.string().nullable(),
  lastSyncedAt: z.string().nullable(),
  eventCount: z.number().int().describe('Busy periods imported'),
});
