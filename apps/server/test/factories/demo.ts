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
