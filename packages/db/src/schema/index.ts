export * from './identity.ts';
export * from './catalogue.ts';
