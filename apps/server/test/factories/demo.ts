import { seedDemo } from '../../src/db/seed/seed-if-empty.js';
import type { TestDatabase } from '../test-database.js';

/**
 * Loads the demo bureau (6 branches, ~150 members, a user per role) through the app's own walls.
 * With `{ ledger: true }` also the published 2026 scheme and the January–October ledger
 * (src/db/seed/demo-ledger.ts) with its score summaries.
 */
export function seedDemoBureau(db: TestDatabase, options: { ledger?: boolean } = {}) {
  return seedDemo(db.orm, { ledger: options.ledger ?? false });
}

/** Log-in prefix of the second bureau's demo users: `b2-admin`, `b2-shuji1`, … */
export const OTHER_BUREAU_PREFIX = 'b2-';

/** A second bureau shaped like the demo one, for tests of the bureau wall. */
export function seedOtherBureau(db: TestDatabase) {
  return seedDemo(db.orm, {
    name: '无锡市机关事务管理局',
    code: 'WXJGSW',
    loginPrefix: OTHER_BUREAU_PREFIX,
  });
}
