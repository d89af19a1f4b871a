import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { DeclarationEvent } from './declaration-event.entity.js';

export function createDeclarationLoaders(em: EntityManager) {
  return {
    declarationEvents: new DataLoader<string, DeclarationEvent[]>(async (ids) => {
      const rows = await em.find(
        DeclarationEvent,
        { declarationId: { $in: [...ids] } },
        { orderBy: { seq: 'asc' } },
      );
      const byDeclaration = new Map<string, DeclarationEvent[]>(ids.map((id) => [id, []]));
      for (const row of rows) byDeclaration.get(row.declarationId)?.push(row);
      return ids.map((id) => byDeclaration.get(id)!);
    }),
  };
}
