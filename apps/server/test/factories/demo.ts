import { seedDemo } from '../../src/db/seed/seed-if-empty.js';
import type { TestDatabase } from '../test-database.js';

/** Loads the demo bureau (6 branches, ~150 members, a user per role) through the app's own walls. */
export function seedDemoBureau(db: TestDatabase) {
  return seedDemo(db.orm);
}
