import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Attendance } from './attendance.entity.js';

/** The ledger's batch loaders: one statement per kind of nested field, whatever the list. */
export function createLedgerLoaders(em: EntityManager) {
  return {
    attendanceOfSession: new DataLoader<string, Attendance[]>(async (ids) => {
      const rows = await em.find(
        Attendance,
        { sessionId: { $in: [...ids] } },
        { orderBy: { memberId: 'asc' } },
      );
      return ids.map((id) => rows.filter((r) => r.sessionId === id));
    }),
  };
}
