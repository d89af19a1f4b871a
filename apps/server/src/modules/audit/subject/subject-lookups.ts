import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { createOrgLoaders } from '../../org/org.loaders.js';
import type { Label } from '../audit-labels.js';
import { UUID } from '../audit-fields.js';

type OrgLoaders = ReturnType<typeof createOrgLoaders>;

/**
 * The reads that name audited records and the ids their changes hold, per request, on the
 * request's scoped fork: one statement per kind of record however many entries a page holds, and
 * nothing outside the reader's walls (a row the reader may not see comes back as null).
 */
export class SubjectLookups {
  private readonly rows = new Map<EntityClass<object>, DataLoader<string, object | null>>();

  constructor(
    private readonly em: EntityManager,
    private readonly org: OrgLoaders,
  ) {}

  async row<T extends { id: string }>(
    entity: EntityClass<T>,
    id: string | null | undefined,
  ): Promise<T | null> {
    if (!id || !UUID.test(id)) return null;
    let loader = this.rows.get(entity);
    if (!loader) {
      loader = new DataLoader<string, object | null>(async (ids) => {
        const found = await this.em.find(entity, {
          id: { $in: [...ids] },
        } as unknown as FilterQuery<T>);
        const byId = new Map(found.map((r) => [r.id, r]));
        return ids.map((i) => byId.get(i) ?? null);
      });
      this.rows.set(entity, loader);
    }
    return (await loader.load(id)) as T | null;
  }

  async memberName(id: string | null | undefined): Promise<string | null> {
    return id && UUID.test(id) ? ((await this.org.member.load(id))?.name ?? null) : null;
  }

  async branchName(id: string): Promise<string | null> {
    return UUID.test(id) ? ((await this.org.branch.load(id))?.name ?? null) : null;
  }

  async groupName(id: string): Promise<string | null> {
    return UUID.test(id) ? ((await this.org.partyGroup.load(id))?.name ?? null) : null;
  }

  async userName(id: string): Promise<string | null> {
    return UUID.test(id) ? ((await this.org.userAccount.load(id))?.displayName ?? null) : null;
  }

  /** An account as its list shows it: 张三（zhangsan）. */
  async userText(id: string | null | undefined): Promise<Label | null> {
    if (!id || !UUID.test(id)) return null;
    const user = await this.org.userAccount.load(id);
    if (!user) return null;
    return {
      zh: `${user.displayName}（${user.loginName}）`,
      en: `${user.displayName} (${user.loginName})`,
    };
  }
}
