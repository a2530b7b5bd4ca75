export { haversineDegrees, haversineMetres } from '../../geo/index.ts';
