import { type FieldIssue, type ProfileInput, validateProfile } from '@flowstage/domain/catalogue';
import type { z } from 'zod';
import { AppError } from '../../errors.ts';
import { type ProfileDocument, profileDocument } from './profile.schema.ts';
import { stripRiderFiles } from './rider-refs.ts';

export type Checked = { ok: true; doc: ProfileDocument } | { ok: false; issues: FieldIssue[] };

function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join('.') || '(document)',
    message: i.message,
  }));
}

/** Schema then business rules: every problem of the document at once (rider files are the server's). */
export function checkProfileDocument(raw: unknown): Checked {
  const parsed = profileDocument.safeParse(stripRiderFiles(raw));
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const issues = validateProfile(parsed.data as ProfileInput); // zod output matches the domain input shape
  return issues.length > 0 ? { ok: false, issues } : { ok: true, doc: parsed.data };
}

export function assertProfileDocument(raw: unknown): ProfileDocument {
  const checked = checkProfileDocument(raw);
  if (checked.ok) return checked.doc;
  throw new AppError('VALIDATION_FAILED', 'invalid profile', {
    detail: 'Some fields of the profile are missing or invalid.',
    errors: checked.issues,
  });
}
