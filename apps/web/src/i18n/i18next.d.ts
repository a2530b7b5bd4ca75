import 'i18next';
import type fr from './fr.json';

// French is the reference catalogue: translation keys are type-checked against it.
// A feature with its own namespace adds one line here: `<feature>: typeof import('../features/<feature>/locales/fr.json')`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof fr;
      municipal: typeof import('../features/municipal/locales/fr.json');
      touring: typeof import('../features/touring/locales/fr.json');
      catalogue: typeof import('../features/catalogue/locales/fr.json');
      matching: typeof import('../features/matching/locales/fr.json');
      booking: typeof import('../features/booking/locales/fr.json');
      contracts: typeof import('../features/contracts/locales/fr.json');
    };
  }
}
