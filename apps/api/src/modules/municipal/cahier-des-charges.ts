import {
  buildCahierDesCharges,
  type CdcDocument,
  type EventBrief,
  type PerformanceFormat,
} from '@flowstage/domain/municipal';
import type { Paragraph } from 'docx';
import { AppError } from '../../errors.ts';
import type { OrganisationCard } from './directory.ts';
import type { EventRow } from './event-repository.ts';
import { domainValidation } from './inputs.ts';
import { PdfWriter } from './pdf-writer.ts';

function briefOf(event: EventRow, commune: OrganisationCard): EventBrief {
  const days: string[] = [];
  for (let d = new Date(`${event.startDate}T00:00:00Z`); d.toISOString().slice(0, 10) <= event.endDate; ) {
    days.push(d.toISOString().slice(0, 10));
    d = new Date(d.getTime() + 86_400_000);
  }
  const other = [
    ...(event.technicalConstraints ? [event.technicalConstraints] : []),
    ...(event.accessibilityNotes ? [`Accessibilité : ${event.accessibilityNotes}`] : []),
  ];
  return {
    title: event.title,
    buyerName: commune.name,
    need: event.need,
    // Stored from the validated enum of the create body.
    formats: event.formats as PerformanceFormat[],
    place: {
      name: event.placeName,
      address: event.address,
      outdoor: event.placeType !== 'salle',
      accessibleReducedMobility: event.pmrAccessible,
      powerAvailable: event.powerKw > 0,
    },
    performances: days.map((date) => ({ date, start: event.startTime, end: event.endTime })),
    audience: {
      expectedSize: event.expectedAudience,
      target: event.audienceTarget as EventBrief['audience']['target'],
      free: event.free,
    },
    technical: {
      soundAutonomyRequired: event.soundAutonomyRequired,
      ...(event.powerKw > 0 ? { powerKva: event.powerKw } : {}),
      badWeather: event.badWeather as EventBrief['technical']['badWeather'],
      ...(other.length > 0 ? { other } : {}),
    },
    responseDeadline: event.responseDeadline ?? '',
    contractType: 'cession',
  };
}

export function cahierDesCharges(event: EventRow, commune: OrganisationCard, today: string): CdcDocument {
  if (!event.responseDeadline) {
    throw new AppError('VALIDATION_FAILED', 'cdc without deadline', {
      detail: 'Fixer la date limite de remise des offres avant de générer le cahier des charges.',
      errors: [{ path: 'responseDeadline', message: 'required' }],
    });
  }
  const outcome = buildCahierDesCharges(briefOf(event, commune), today);
  if (outcome.kind === 'validation_error') throw domainValidation(outcome);
  return outcome.document;
}

export async function cahierDesChargesPdf(doc: CdcDocument, now: Date): Promise<Uint8Array> {
  const pdf = await PdfWriter.create(doc.title, now);
  pdf.text(doc.buyerName, { bold: true, size: 11 });
  pdf.text(doc.title, { bold: true, size: 16, gap: 8 });
  pdf.row('Établi le', doc.issuedOn);
  pdf.row('Date limite de remise des offres', doc.responseDeadline);
  for (const section of doc.sections) {
    pdf.heading(section.heading);
    for (const item of section.items) pdf.bullet(item);
  }
  return pdf.save();
}

export async function cahierDesChargesDocx(doc: CdcDocument): Promise<Uint8Array> {
  // docx is loaded with the first Word export, not in every API process.
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const children: Paragraph[] = [
    new Paragraph({ children: [new TextRun({ text: doc.buyerName, bold: true })] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.LEFT,
      children: [new TextRun(doc.title)],
    }),
    new Paragraph(`Établi le ${doc.issuedOn} — offres à remettre au plus tard le ${doc.responseDeadline}.`),
  ];
  for (const section of doc.sections) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }),
    );
    for (const item of section.items) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
  }
  const file = new Document({
    creator: 'Flow Stage',
    title: doc.title,
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 21 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
