export * from './password-policy.ts';
export * from './vocabulary.ts';
