import { Member } from '../../org/members/member.entity.js';
import type { RuleContext } from './rule.js';

/** Names of the members items are about (a member who moved away keeps their name here). */
export async function memberNames(ctx: RuleContext, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const members = await ctx.em.find(Member, { id: { $in: [...new Set(ids)] } }, { filters: false });
  return new Map(members.map((m) => [m.id, m.name]));
}
