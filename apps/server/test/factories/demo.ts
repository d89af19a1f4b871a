import { seedDemo } from '../../src/db/seed/seed-if-empty.js';
import type { TestDatabase } from '../test-database.js';
import { OTHER_BUREAU_OPTIONS } from './other-bureau.js';

export { OTHER_BUREAU_PREFIX } from './other-bureau.js';

/**
 * Loads the demo bureau (6 branches, ~150 members, a user per role) through the app's own walls.
 * With `{ ledger: true }` also the published 2026 scheme and the January–October ledger
 * (src/db/seed/demo-ledger.ts) with its score summaries. Most tests start from a template that
 * already holds it (`createTestDatabase({ template: 'ledger' })`); this is for tests that seed
 * on purpose.
 */
export function seedDemoBureau(db: TestDatabase, options: { ledger?: boolean } = {}) {
  return seedDemo(db.orm, { ledger: options.ledger ?? false });
}

/** A second bureau shaped like the demo one, for tests of the bureau wall. */
export function seedOtherBureau(db: TestDatabase) {
  return seedDemo(db.orm, OTHER_BUREAU_OPTIONS);
}
