// Filters, display and scores all measure distance with the one domain haversine.
export { haversineDegrees } from '@flowstage/domain/geo';
