export { FlowMap, type FlowMapProps, type MapCircle, type MapMarker } from './FlowMap.tsx';
export { tileConfig } from './map-config.ts';
