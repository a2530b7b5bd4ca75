import ICAL from 'ical.js';

export interface BusyPeriod {
  readonly uid: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly summary: string | null;
}

const MAX_OCCURRENCES = 2000;
const DAY_MS = 86_400_000;
/** The later of two YYYY-MM-DD days (strings: Math.max does not apply). */
const laterDay = (a: string, b: string) => (a.localeCompare(b) >= 0 ? a : b);
const dayIn = (instant: Date, timeZone: string) => instant.toLocaleDateString('sv-SE', { timeZone });

function periodOf(start: ICAL.Time, end: ICAL.Time | null, timeZone: string): [string, string] {
  if (start.isDate) {
    // All-day events: DTEND is exclusive (RFC 5545 §3.6.1).
    const first = start.toString();
    const last = end
      ? new Date(Date.parse(`${end.toString()}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10)
      : first;
    return [first, laterDay(last, first)];
  }
  const s = start.toJSDate();
  const e = end ? new Date(end.toJSDate().getTime() - 1) : s;
  const first = dayIn(s, timeZone);
  const last = dayIn(e, timeZone);
  return [first, laterDay(last, first)];
}

/**
 * Busy periods (inclusive days, in the profile's time zone) of an iCalendar document between two
 * days; recurring events are expanded, cancelled and transparent ("free") events are skipped.
 */
export function busyPeriods(ics: string, from: string, to: string, timeZone = 'Europe/Paris'): BusyPeriod[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  if (root.name !== 'vcalendar') throw new Error('not a VCALENDAR');
  const out: BusyPeriod[] = [];
  for (const vevent of root.getAllSubcomponents('vevent')) {
    if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') continue;
    if (String(vevent.getFirstPropertyValue('transp') ?? '').toUpperCase() === 'TRANSPARENT') continue;
    const event = new ICAL.Event(vevent);
    if (!event.startDate) continue;
    const summary = event.summary ? String(event.summary).slice(0, 300) : null;
    const uid = event.uid ? String(event.uid) : `${event.startDate.toString()}-${out.length}`;
    if (!event.isRecurring()) {
      const [s, e] = periodOf(event.startDate, event.endDate, timeZone);
      if (e >= from && s <= to) out.push({ uid, startDate: s, endDate: e, summary });
      continue;
    }
    const iterator = event.iterator();
    for (let n = 0, next = iterator.next(); next && n < MAX_OCCURRENCES; n++, next = iterator.next()) {
      const occurrence = event.getOccurrenceDetails(next);
      const [s, e] = periodOf(occurrence.startDate, occurrence.endDate, timeZone);
      if (s > to) break;
      if (e >= from) out.push({ uid: `${uid}/${s}`, startDate: s, endDate: e, summary });
    }
  }
  return out;
}
