import type { MessageKey } from './fr.ts';

export const de = {
  'budget.full': 'Budget bis {budget}: deckt die verlangte Gage ({feeMin}–{feeMax})',
  'budget.partial': 'Budget bis {budget}: deckt das untere Ende der Gagenspanne ({feeMin}–{feeMax})',
  'budget.below': 'Budget bis {budget}: unter der Mindestgage ({feeMin})',
  'capacity.inRange': 'Kapazität {capacity} Plätze: im Bereich der Künstler ({min}–{max})',
  'capacity.tooBig': 'Kapazität {capacity} Plätze: zu groß für die Künstler ({min}–{max})',
  'capacity.tooSmall': 'Kapazität {capacity} Plätze: zu klein für die Künstler ({min}–{max})',
  'calendar.declaredWeekend': '{date}: vom Veranstaltungsort angeboten, ein Wochenendabend',
  'calendar.declared': '{date}: vom Veranstaltungsort angeboten',
  'calendar.freeWeekend': '{date}: auf beiden Seiten frei, ein Wochenendabend',
  'calendar.free': '{date}: auf beiden Seiten frei',
  'geography.routing': '{distance} vom Konzert am {date} ({place})',
  'geography.home': '{distance} vom Heimatort der Künstler ({place})',
  'exclusivity.clear': 'Keine Exklusivitätsklausel in der Nähe',
  'exclusivity.nearZone': 'Nahe der Exklusivitätszone {zone} ({distance}, bis {to})',
  'exclusivity.nearClause':
    'Die Künstler spielen {distance} entfernt am {date}, nahe der Gebietsschutzklausel des Ortes',
  'affinity.same': '{artistGenre}: ein Genre im Programm des Ortes',
  'affinity.parent': '{artistGenre} und {venueGenre} (im Programm): gleiche Familie, übergeordnetes Genre',
  'affinity.sibling': '{artistGenre} und {venueGenre} (im Programm): benachbarte Subgenres',
  'affinity.related': '{artistGenre} und {venueGenre} (im Programm): verwandte Genres',
  'affinity.familyRelated': '{artistGenre} und {venueGenre} (im Programm): benachbarte Familien',
  'affinity.none': '{artistGenre}: kein verwandtes Genre im Programm des Ortes',
  'history.sameArtist':
    'Die Künstler haben hier schon gespielt ({count, plural, one {einmal} other {# Mal}}), Durchschnittsnote {rating}/5',
  'history.sameArtistUnrated':
    'Die Künstler haben hier schon gespielt ({count, plural, one {einmal} other {# Mal}})',
  'history.similar':
    '{count, plural, one {# Konzert ähnlicher Künstler} other {# Konzerte ähnlicher Künstler}} hier, Durchschnittsnote {rating}/5',
  'history.similarUnrated':
    '{count, plural, one {# Konzert ähnlicher Künstler} other {# Konzerte ähnlicher Künstler}} hier',
  'history.none': 'Kein vergleichbares Konzert in der Geschichte des Ortes',
  'techGeo.local': 'Wohnhaft in {place}, {distance} entfernt (innerhalb von {radius})',
  'techGeo.far': 'Wohnhaft in {place}, {distance} entfernt (außerhalb von {radius})',
  'expertise.full': 'Beherrscht alle {total} geforderten Geräte (Rider und Hausanlage)',
  'expertise.partial': 'Beherrscht {matched} von {total} geforderten Geräten; zu prüfen: {missing}',
  'expertise.noRequirement': 'Keine Geräte im Rider angegeben',
  'venueKnowledge.known': 'Kennt den Ort ({count, plural, one {# Vorstellung} other {# Vorstellungen}})',
  'venueKnowledge.unknown': 'Hat noch nie an diesem Ort gearbeitet',
  'techAvailability.declared': 'Verfügbarkeit bestätigt ({count, plural, one {# Tag} other {# Tage}})',
  'techAvailability.free': 'Frei ({count, plural, one {# Tag} other {# Tage}}), bestätigt für {declared}',
  'techBudget.within': 'Tagessatz {rate}: im Budget ({budget})',
  'techBudget.over': 'Tagessatz {rate}: über dem Budget ({budget})',
  'reputation.rated': 'Bewertung {rating}/5 ({count, plural, one {# Bewertung} other {# Bewertungen}})',
  'reputation.new': 'Noch keine Bewertungen',
  'space.fit':
    'Aufführung {type} für {placeType}; Publikumsgröße {gauge} für {audience} erwartete Personen; {power, plural, =0 {stromautark} other {braucht # kW}} ({available} kW vor Ort)',
  'municipal.none': 'Noch keine Referenzen bei Gemeinden',
  'municipal.rated':
    '{count, plural, one {# Referenz} other {# Referenzen}} bei Gemeinden, Durchschnittsnote {rating}/5',
  'municipal.count': '{count, plural, one {# Referenz} other {# Referenzen}} bei Gemeinden',
  'proximity.local': 'Compagnie mit Sitz in {place}, {distance} entfernt (lokal, innerhalb von {radius})',
  'proximity.far': 'Compagnie mit Sitz in {place}, {distance} entfernt (weiter als {radius})',
  'audience.fit': 'Zielpublikum zu {share} % abgedeckt',
  'audience.pmrOk': 'Zielpublikum zu {share} % abgedeckt, barrierefrei',
  'audience.pmrMissing': 'Zielpublikum zu {share} % abgedeckt, Barrierefreiheit nicht gewährleistet',
  'companyAvailability.declared':
    'Verfügbarkeit bestätigt ({count, plural, one {# Termin} other {# Termine}})',
  'companyAvailability.free': 'Frei ({count, plural, one {# Termin} other {# Termine}}), nicht bestätigt',
  'campsite.outOfSeason': '{date} ({site}): außerhalb der Campingsaison',
  'campsite.family': 'Familien- und Kinderpublikum zu {share} % abgedeckt',
  'campsite.circuit':
    '{distance} vom Mittelpunkt der Tournee ({count, plural, one {# Platz} other {# Plätze}}), Sitz in {place}',
  'campsite.availability': 'Verfügbar an {free} von {count} Terminen der Tournee',
  'campsite.experience':
    '{count, plural, one {# Auftritt} other {# Auftritte}} auf Campingplätzen, Durchschnittsnote {rating}/5',
  'campsite.noExperience': 'Noch kein Auftritt auf einem Campingplatz',
  'exclusion.currency': 'Gage in {feeCurrency}, Budget in {budgetCurrency}: nicht vergleichbar',
  'exclusion.budget': 'Mindestgage {feeMin}: mehr als das {ratio}-Fache des Höchstbudgets ({budget})',
  'exclusion.capacity':
    'Kapazität {capacity} Plätze: in keinem Verhältnis zum Bereich der Künstler ({min}–{max})',
  'exclusion.noDate': 'Kein Datum angefragt',
  'exclusion.artistBusy': '{date}: die Künstler sind nicht verfügbar',
  'exclusion.venueBusy': '{date}: der Veranstaltungsort ist nicht verfügbar',
  'exclusion.exclusivityZone':
    '{date}: in der Exklusivitätszone {zone} ({radius} im Umkreis, {from} bis {to})',
  'exclusion.radiusClause':
    '{date}: die Künstler spielen {distance} entfernt am {showDate}, im Gebietsschutz des Ortes',
  'exclusion.role': 'Arbeitet nicht als {role}',
  'exclusion.technicianBusy': '{date}: nicht verfügbar',
  'exclusion.dayRate': 'Tagessatz {rate}: mehr als das {ratio}-Fache des Budgets ({budget})',
  'exclusion.companyBusy': '{date}: die Compagnie ist nicht verfügbar',
  'exclusion.gauge': '{audience} erwartete Personen: außerhalb der Publikumsgröße der Aufführung ({gauge})',
  'exclusion.circuitBusy': 'An keinem der {count} Termine der Tournee verfügbar',
} as const satisfies Record<MessageKey, string>;
