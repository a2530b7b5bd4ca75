import { customType } from 'drizzle-orm/pg-core';

/** Case-insensitive text (citext extension): e-mail addresses compare without regard to case. */
export const citext = customType<{ data: string }>({
  dataType() {
    return 'citext';
  },
});
