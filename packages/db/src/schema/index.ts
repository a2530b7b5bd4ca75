export * from './identity.ts';
export * from './catalogue.ts';
export * from './jobs.ts';
export * from './events.ts';
export * from './municipal.ts';
export * from './contracts.ts';
export * from './signature.ts';
export * from './matching.ts';
