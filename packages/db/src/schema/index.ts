export * from './catalogue.ts';
export * from './contracts.ts';
export * from './events.ts';
export * from './identity.ts';
export * from './jobs.ts';
export * from './matching.ts';
export * from './municipal.ts';
export * from './signature.ts';
