import { type DbOrTx, municipalEvents } from '@flowstage/db';
import { validateImputation } from '@flowstage/domain/municipal';
import { AppError } from '../../errors.ts';
import { organisationCard } from './directory.ts';
import type { CreateEventInput } from './event.schema.ts';
import { presentEvent } from './event-repository.ts';
import { toCents } from './inputs.ts';

function invalid(path: string, detail: string) {
  return new AppError('VALIDATION_FAILED', `event: ${path}`, { detail, errors: [{ path, message: detail }] });
}

export async function createEvent(db: DbOrTx, organisationId: string, input: CreateEventInput) {
  const budget = toCents(input.budget, 'budget');
  const endDate = input.endDate ?? input.startDate;
  if (endDate < input.startDate) throw invalid('endDate', 'La date de fin précède la date de début.');
  if (input.responseDeadline !== undefined && input.responseDeadline >= input.startDate) {
    throw invalid('responseDeadline', 'La date limite des offres doit précéder l’événement.');
  }
  const imputation = validateImputation(input.imputation);
  if (imputation.kind === 'invalid') throw invalid('imputation', imputation.message);
  if ((input.latitude === undefined) !== (input.longitude === undefined)) {
    throw invalid('latitude', 'Latitude et longitude vont ensemble.');
  }
  // Without explicit coordinates the event sits in the commune (enough for conflicts and proximity).
  const commune = await organisationCard(db, organisationId);
  const [row] = await db
    .insert(municipalEvents)
    .values({
      organisationId,
      title: input.title,
      kind: input.kind,
      startDate: input.startDate,
      endDate,
      startTime: input.startTime,
      endTime: input.endTime,
      placeType: input.placeType,
      placeName: input.placeName,
      address: input.address,
      latitude: input.latitude ?? commune.latitude,
      longitude: input.longitude ?? commune.longitude,
      expectedAudience: input.expectedAudience,
      audienceTarget: input.audienceTarget,
      free: input.free,
      need: input.need,
      formats: input.formats,
      technicalConstraints: input.technicalConstraints,
      powerKw: input.powerKw,
      soundAutonomyRequired: input.soundAutonomyRequired,
      badWeather: input.badWeather,
      pmrAccessible: input.pmrAccessible,
      accessibilityNotes: input.accessibilityNotes,
      responseDeadline: input.responseDeadline ?? null,
      budgetYear: Number(input.startDate.slice(0, 4)),
      budgetAllocatedCents: budget,
      imputationChapter: input.imputation.chapter,
      imputationArticle: input.imputation.article,
    })
    .returning();
  if (!row) throw new Error('event insert returned no row');
  return presentEvent(row);
}
