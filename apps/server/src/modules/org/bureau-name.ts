import type { EntityManager } from '@mikro-orm/postgresql';
import { Bureau } from './bureau.entity.js';

/** The bureau's name as its staff write it on forms (e.g. 常州市机关事务管理局). */
export async function bureauName(em: EntityManager, bureauId: string): Promise<string> {
  const bureau = await em.findOne(Bureau, { id: bureauId });
  return bureau?.name ?? '';
}

/** The title of the bureau's monthly form (附件: …党员积分管理考核表). */
export const formTitle = (name: string) => `${name}党员积分管理考核表`;
