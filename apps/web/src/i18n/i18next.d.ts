import 'i18next';
import type fr from './fr.json';

// French is the reference catalogue: translation keys are type-checked against it.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
