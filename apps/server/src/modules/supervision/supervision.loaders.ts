import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { SpotCheckItem } from './spot-check-item.entity.js';

export function createSupervisionLoaders(em: EntityManager) {
  return {
    /** A check's items within the fork's walls, in sample order: one statement per list. */
    spotCheckItems: new DataLoader<string, SpotCheckItem[]>(async (ids) => {
      const rows = await em.find(
        SpotCheckItem,
        { spotCheckId: { $in: [...ids] } },
        { orderBy: { position: 'asc' } },
      );
      const byCheck = new Map<string, SpotCheckItem[]>(ids.map((id) => [id, []]));
      for (const row of rows) byCheck.get(row.spotCheckId)?.push(row);
      return ids.map((id) => byCheck.get(id)!);
    }),
  };
}
