/**
 * French catalogue: the source of the message keys. Templates use {param} placeholders and a small
 * ICU subset for plurals: {count, plural, =0 {…} one {# …} other {# …}}.
 */
export const fr = {
  'budget.full': 'Budget jusqu’à {budget} : couvre le cachet demandé ({feeMin}–{feeMax})',
  'budget.partial': 'Budget jusqu’à {budget} : couvre le bas de la fourchette du cachet ({feeMin}–{feeMax})',
  'budget.below': 'Budget jusqu’à {budget} : sous le cachet minimum ({feeMin})',
  'capacity.inRange': 'Capacité {capacity} places : dans la fourchette de l’artiste ({min}–{max})',
  'capacity.tooBig': 'Capacité {capacity} places : trop grande pour l’artiste ({min}–{max})',
  'capacity.tooSmall': 'Capacité {capacity} places : trop petite pour l’artiste ({min}–{max})',
  'calendar.declaredWeekend': '{date} : date ouverte par la salle, un soir de week-end',
  'calendar.declared': '{date} : date ouverte par la salle',
  'calendar.freeWeekend': '{date} : libre des deux côtés, un soir de week-end',
  'calendar.free': '{date} : libre des deux côtés',
  'geography.routing': 'À {distance} de l’étape du {date} ({place})',
  'geography.home': 'À {distance} de la base de l’artiste ({place})',
  'exclusivity.clear': 'Aucune clause d’exclusivité à proximité',
  'exclusivity.nearZone': 'Près de la zone d’exclusivité {zone} ({distance}, jusqu’au {to})',
  'exclusivity.nearClause':
    'Concert de l’artiste à {distance} le {date}, près du rayon d’exclusivité de la salle',
  'affinity.same': '{artistGenre} : genre programmé par la salle',
  'affinity.parent': '{artistGenre} et {venueGenre} (programmé par la salle) : même famille, genre parent',
  'affinity.sibling':
    '{artistGenre} et {venueGenre} (programmé par la salle) : genres voisins de la même famille',
  'affinity.related': '{artistGenre} et {venueGenre} (programmé par la salle) : genres apparentés',
  'affinity.familyRelated': '{artistGenre} et {venueGenre} (programmé par la salle) : familles proches',
  'affinity.none': '{artistGenre} : aucun genre proche dans la programmation de la salle',
  'history.sameArtist':
    'L’artiste a déjà joué ici ({count, plural, one {# fois} other {# fois}}), note moyenne {rating}/5',
  'history.sameArtistUnrated': 'L’artiste a déjà joué ici ({count, plural, one {# fois} other {# fois}})',
  'history.similar':
    '{count, plural, one {# concert d’un artiste proche} other {# concerts d’artistes proches}} ici, note moyenne {rating}/5',
  'history.similarUnrated':
    '{count, plural, one {# concert d’un artiste proche} other {# concerts d’artistes proches}} ici',
  'history.none': 'Aucun concert comparable dans l’historique de la salle',
  'techGeo.local': 'Basé·e à {place}, à {distance} (dans le rayon de {radius})',
  'techGeo.far': 'Basé·e à {place}, à {distance} (hors du rayon de {radius})',
  'expertise.full': 'Maîtrise les {total} équipements demandés (fiche technique et salle)',
  'expertise.partial': 'Maîtrise {matched} des {total} équipements demandés ; à vérifier : {missing}',
  'expertise.noRequirement': 'Aucun équipement précisé par la fiche technique',
  'venueKnowledge.known': 'Connaît la salle ({count, plural, one {# spectacle} other {# spectacles}})',
  'venueKnowledge.unknown': 'N’a jamais travaillé dans cette salle',
  'techAvailability.declared': 'Disponibilité confirmée ({count, plural, one {# jour} other {# jours}})',
  'techAvailability.free':
    'Libre ({count, plural, one {# jour} other {# jours}}), disponibilité confirmée pour {declared}',
  'techBudget.within': 'Tarif journalier {rate} : dans le budget ({budget})',
  'techBudget.over': 'Tarif journalier {rate} : au-dessus du budget ({budget})',
  'reputation.rated': 'Note {rating}/5 ({count, plural, one {# avis} other {# avis}})',
  'reputation.new': 'Pas encore d’avis',
  'space.fit':
    'Spectacle {type} pour {placeType} ; jauge {gauge} pour {audience} personnes attendues ; {power, plural, =0 {autonome en énergie} other {besoin de # kW}} ({available} kW sur place)',
  'municipal.none': 'Pas encore de référence auprès de communes',
  'municipal.rated':
    '{count, plural, one {# référence} other {# références}} auprès de communes, note moyenne {rating}/5',
  'municipal.count': '{count, plural, one {# référence} other {# références}} auprès de communes',
  'proximity.local': 'Compagnie basée à {place}, à {distance} (locale, moins de {radius})',
  'proximity.far': 'Compagnie basée à {place}, à {distance} (au-delà de {radius})',
  'audience.fit': 'Publics visés couverts à {share} %',
  'audience.pmrOk': 'Publics visés couverts à {share} %, accessible PMR',
  'audience.pmrMissing': 'Publics visés couverts à {share} %, accessibilité PMR non assurée',
  'companyAvailability.declared': 'Disponibilité confirmée ({count, plural, one {# date} other {# dates}})',
  'companyAvailability.free': 'Libre ({count, plural, one {# date} other {# dates}}), non confirmé',
  'campsite.outOfSeason': '{date} ({site}) : hors de la saison des campings',
  'campsite.family': 'Public familial et enfants couvert à {share} %',
  'campsite.circuit':
    'À {distance} du centre du circuit ({count, plural, one {# site} other {# sites}}), basé à {place}',
  'campsite.availability': 'Disponible sur {free} des {count} dates du circuit',
  'campsite.experience':
    '{count, plural, one {# prestation} other {# prestations}} en camping, note moyenne {rating}/5',
  'campsite.noExperience': 'Pas encore de prestation en camping',
  'exclusion.currency': 'Cachet en {feeCurrency}, budget en {budgetCurrency} : comparaison impossible',
  'exclusion.budget': 'Cachet minimum {feeMin} : plus de {ratio} fois le budget maximum ({budget})',
  'exclusion.capacity':
    'Capacité {capacity} places : sans commune mesure avec la fourchette de l’artiste ({min}–{max})',
  'exclusion.noDate': 'Aucune date demandée',
  'exclusion.artistBusy': '{date} : l’artiste n’est pas disponible',
  'exclusion.venueBusy': '{date} : la salle n’est pas disponible',
  'exclusion.exclusivityZone':
    '{date} : dans la zone d’exclusivité {zone} ({radius} autour, du {from} au {to})',
  'exclusion.radiusClause':
    '{date} : l’artiste joue à {distance} le {showDate}, dans le rayon d’exclusivité de la salle',
  'exclusion.role': 'Ne travaille pas comme {role}',
  'exclusion.technicianBusy': '{date} : pas disponible',
  'exclusion.dayRate': 'Tarif journalier {rate} : plus de {ratio} fois le budget ({budget})',
  'exclusion.companyBusy': '{date} : la compagnie n’est pas disponible',
  'exclusion.gauge': '{audience} personnes attendues : hors de la jauge du spectacle ({gauge})',
  'exclusion.circuitBusy': 'Disponible sur aucune des {count} dates du circuit',
} as const;

export type MessageKey = keyof typeof fr;
