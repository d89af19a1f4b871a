import type { Acting } from '../../../auth/permissions.js';
import { BRANCH_MANAGERS, requireRole } from '../../../auth/permissions.js';
import { BadInputError } from '../../../graphql/errors.js';
import { todayInChina } from '../../calendar/clock.js';
import { Member, MemberStatus } from './member.entity.js';
import { isDate } from '../months.js';
import { audit, findMember, memberSnapshot } from '../org-lookups.js';

/**
 * 转正: a probationary member becomes a full member on `date`. Its own step rather than an edit,
 * so the log says when and by whom it was recorded, and a full member cannot be "转正" twice.
 */
export async function recordFullMembership(
  acting: Acting,
  input: { memberId: string; date: string },
): Promise<Member> {
  return acting.em.transactional(async (em) => {
    const member = await findMember(em, input.memberId, 'input.memberId');
    const grant = requireRole(acting.actor, BRANCH_MANAGERS, member.branchId);
    if (!member.active)
      throw new BadInputError(
        '该党员已转出本局，不能办理转正',
        'The member has left the bureau; full membership cannot be recorded',
        'input.memberId',
      );
    if (member.status === MemberStatus.FULL)
      throw new BadInputError(
        '该党员已是正式党员',
        'The member is already a full member',
        'input.memberId',
      );
    const date = input.date.trim();
    if (!isDate(date))
      throw new BadInputError(
        '转正日期不是有效日期（格式 YYYY-MM-DD）',
        'The date of becoming a full member is not a valid date (YYYY-MM-DD)',
        'input.date',
      );
    if (date > todayInChina())
      throw new BadInputError(
        '转正日期不能晚于今天',
        'The date of becoming a full member is in the future',
        'input.date',
      );
    if (member.joinedOn && date < member.joinedOn)
      throw new BadInputError(
        `转正日期不能早于入党日期（${member.joinedOn}）`,
        `The date of becoming a full member is before the date of joining (${member.joinedOn})`,
        'input.date',
      );
    const before = memberSnapshot(member);
    member.status = MemberStatus.FULL;
    member.fullMemberOn = date;
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'member.recordFullMembership',
      entityName: 'Member',
      entityId: member.id,
      branchId: member.branchId,
      before: { status: before.status, fullMemberOn: before.fullMemberOn },
      after: { status: member.status, fullMemberOn: date },
    });
    return member;
  });
}
