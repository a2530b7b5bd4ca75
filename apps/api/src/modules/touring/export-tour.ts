import type { TourStopDetails } from '@flowstage/db';
import { stringify } from 'csv-stringify/sync';
import ical from 'ical-generator';
import { AppError } from '../../errors.ts';
import { dejaVuDocument } from '../../lib/pdf.ts';
import type { TourProblemInput } from './problem.schema.ts';
import type { TourRow } from './tour-repository.ts';

interface Leg {
  fromStopId: string | null;
  toStopId: string | null;
  metres: number;
  seconds: number;
  viaHome: boolean;
}
interface ExportDay {
  date: string;
  stopId: string;
  name: string;
  details: TourStopDetails;
  /** Drive to this show from the previous show (or home). */
  arrival: Leg | undefined;
  location: { lat: number; lon: number } | undefined;
}

/** The tour to export: the booker's selection, else the first variant of the last optimisation. */
export function exportDays(row: TourRow): ExportDay[] {
  const problem = row.problem as unknown as TourProblemInput;
  // Stored JSON written by selectTour/optimiseTour from the response schemas.
  const selection = row.selection as {
    evaluation?: { shows: { stopId: string; date: string }[]; legs: Leg[] };
  } | null;
  const result = row.result as {
    variants?: { evaluation: { shows: { stopId: string; date: string }[]; legs: Leg[] } }[];
  } | null;
  const evaluation = selection?.evaluation ?? result?.variants?.[0]?.evaluation;
  if (!evaluation) {
    throw new AppError('CONFLICT', 'nothing to export', {
      detail: 'Optimise the tour (or choose a variant) before exporting it.',
    });
  }
  return evaluation.shows.map((show) => {
    const stop = problem.stops.find((s) => s.id === show.stopId);
    return {
      date: show.date,
      stopId: show.stopId,
      name: stop?.name ?? show.stopId,
      details: row.stopDetails[show.stopId] ?? {},
      arrival: evaluation.legs.find((l) => l.toStopId === show.stopId),
      location: stop?.location,
    };
  });
}

export function tourIcs(row: TourRow): string {
  const calendar = ical({ name: row.name, prodId: { company: 'Flow Stage', product: 'tours' } });
  for (const day of exportDays(row)) {
    const d = new Date(`${day.date}T00:00:00Z`);
    calendar.createEvent({
      id: `${row.id}-${day.stopId}@flowstage.app`,
      start: d,
      end: new Date(d.getTime() + 86_400_000),
      allDay: true,
      summary: `${row.name} — ${day.name}`,
      location: [day.details.address, day.details.city].filter(Boolean).join(', ') || day.name,
      description: describe(day),
    });
  }
  return calendar.toString();
}

function describe(day: ExportDay): string {
  const d = day.details;
  return [
    d.loadIn && `Load-in ${d.loadIn}`,
    d.soundcheck && `Soundcheck ${d.soundcheck}`,
    d.doors && `Doors ${d.doors}`,
    d.showTime && `Show ${d.showTime}`,
    d.curfew && `Curfew ${d.curfew}`,
    d.contactName && `Contact ${d.contactName} ${d.contactPhone ?? ''} ${d.contactEmail ?? ''}`.trim(),
    d.hotel && `Hotel ${d.hotel}`,
    d.notes,
    day.arrival && `Drive ${Math.round(day.arrival.metres / 1000)} km, ${hours(day.arrival.seconds)}`,
  ]
    .filter(Boolean)
    .join('\n');
}

const hours = (seconds: number): string => {
  const m = Math.round(seconds / 60);
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')}`;
};

export function tourCsv(row: TourRow): string {
  const rows = exportDays(row).map((day) => [
    day.date,
    day.stopId,
    day.name,
    day.details.address ?? '',
    day.details.city ?? '',
    day.location?.lat ?? '',
    day.location?.lon ?? '',
    day.arrival ? Math.round(day.arrival.metres / 1000) : '',
    day.arrival ? Math.round(day.arrival.seconds / 60) : '',
    day.arrival?.viaHome ? 'yes' : 'no',
    day.details.contactName ?? '',
    day.details.contactPhone ?? '',
    day.details.contactEmail ?? '',
    day.details.hotel ?? '',
    day.details.loadIn ?? '',
    day.details.soundcheck ?? '',
    day.details.doors ?? '',
    day.details.showTime ?? '',
    day.details.curfew ?? '',
    day.details.notes ?? '',
  ]);
  return stringify(rows, {
    header: true,
    columns: [
      'date',
      'stop_id',
      'venue',
      'address',
      'city',
      'lat',
      'lon',
      'drive_km',
      'drive_minutes',
      'via_home',
      'contact',
      'phone',
      'email',
      'hotel',
      'load_in',
      'soundcheck',
      'doors',
      'show',
      'curfew',
      'notes',
    ],
  });
}

/** Roadbook: a cover line then one day sheet per show date (DejaVu Sans embedded: accents render). */
export async function tourPdf(row: TourRow): Promise<Uint8Array> {
  const days = exportDays(row);
  const { lib, doc, regular, bold } = await dejaVuDocument();
  doc.setTitle(`${row.name} — roadbook`);
  const ink = lib.rgb(0.1, 0.1, 0.15);
  const grey = lib.rgb(0.4, 0.4, 0.45);
  days.forEach((day, i) => {
    const page = doc.addPage([595.28, 841.89]);
    let y = 780;
    const line = (label: string, value: string | undefined) => {
      if (!value) return;
      page.drawText(label, { x: 56, y, size: 10, font: bold, color: grey });
      page.drawText(value.slice(0, 90), { x: 190, y, size: 11, font: regular, color: ink });
      y -= 22;
    };
    page.drawText(`${row.name}`, { x: 56, y, size: 12, font: regular, color: grey });
    page.drawText(`${i + 1} / ${days.length}`, { x: 500, y, size: 10, font: regular, color: grey });
    y -= 36;
    page.drawText(longDate(day.date), { x: 56, y, size: 20, font: bold, color: ink });
    y -= 30;
    page.drawText(day.name.slice(0, 60), { x: 56, y, size: 16, font: bold, color: ink });
    y -= 34;
    const d = day.details;
    line('Adresse / Address', [d.address, d.city].filter(Boolean).join(', ') || undefined);
    line('GPS', day.location ? `${day.location.lat.toFixed(5)}, ${day.location.lon.toFixed(5)}` : undefined);
    line('Contact', [d.contactName, d.contactPhone, d.contactEmail].filter(Boolean).join(' · ') || undefined);
    line('Get-in', d.loadIn);
    line('Balances / Soundcheck', d.soundcheck);
    line('Ouverture / Doors', d.doors);
    line('Concert / Show', d.showTime);
    line('Couvre-feu / Curfew', d.curfew);
    line('Hôtel / Hotel', d.hotel);
    if (day.arrival) {
      const from = day.arrival.fromStopId
        ? (days.find((x) => x.stopId === day.arrival?.fromStopId)?.name ?? '')
        : 'Base';
      line(
        'Trajet / Drive',
        `${from} → ${day.name}: ${Math.round(day.arrival.metres / 1000)} km, ${hours(day.arrival.seconds)}${day.arrival.viaHome ? ' (via base)' : ''}`,
      );
    }
    if (d.notes) {
      page.drawText('Notes', { x: 56, y, size: 10, font: bold, color: grey });
      for (const text of wrap(d.notes, 80).slice(0, 24)) {
        page.drawText(text, { x: 190, y, size: 11, font: regular, color: ink });
        y -= 16;
      }
    }
  });
  return doc.save();
}

/** Splits free text into lines of at most `width` characters, at spaces where possible. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let current = '';
    for (const word of paragraph.split(/\s+/)) {
      for (let rest = word; rest.length > 0; rest = rest.slice(width)) {
        const piece = rest.slice(0, width);
        if (current && current.length + 1 + piece.length > width) {
          lines.push(current);
          current = piece;
        } else current = current ? `${current} ${piece}` : piece;
      }
    }
    lines.push(current);
  }
  return lines;
}

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
function longDate(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${day}`;
}
