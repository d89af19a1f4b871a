import { dateOf, isDate } from './months.js';
import { MemberStatus } from './member.entity.js';

/** The roster fields of a member, as a change would leave them. */
export type MemberFields = {
  name: string;
  status: MemberStatus;
  joinedOn: string | null;
  fullMemberOn: string | null;
  position: string | null;
};

/** One problem with one field, in both languages; `field` is the input field's name. */
export type FieldProblem = { field: keyof MemberFields; zh: string; en: string };

export const NAME_MAX = 50;
export const POSITION_MAX = 50;

/**
 * The rules every way of writing a member shares (the forms and the roster import): a name, a
 * category, a joining date not in the future, and a full-membership date only for full members,
 * not before joining.
 */
export function memberProblems(fields: MemberFields, now = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const today = dateOf(now);
  const name = fields.name.trim();
  if (!name) problems.push({ field: 'name', zh: '请填写姓名', en: 'Enter a name' });
  else if ([...name].length > NAME_MAX)
    problems.push({
      field: 'name',
      zh: `姓名不能超过 ${NAME_MAX} 个字`,
      en: `The name is longer than ${NAME_MAX} characters`,
    });
  if (!fields.joinedOn) {
    problems.push({ field: 'joinedOn', zh: '请填写入党日期', en: 'Enter the date of joining' });
  } else if (!isDate(fields.joinedOn)) {
    problems.push({
      field: 'joinedOn',
      zh: '入党日期不是有效日期（格式 YYYY-MM-DD）',
      en: 'The date of joining is not a valid date (YYYY-MM-DD)',
    });
  } else if (fields.joinedOn > today) {
    problems.push({
      field: 'joinedOn',
      zh: '入党日期不能晚于今天',
      en: 'The date of joining is in the future',
    });
  }
  if (fields.fullMemberOn) {
    if (fields.status === MemberStatus.PROBATIONARY) {
      problems.push({
        field: 'fullMemberOn',
        zh: '预备党员不应有转正日期',
        en: 'A probationary member has no date of becoming a full member',
      });
    } else if (!isDate(fields.fullMemberOn)) {
      problems.push({
        field: 'fullMemberOn',
        zh: '转正日期不是有效日期（格式 YYYY-MM-DD）',
        en: 'The date of becoming a full member is not a valid date (YYYY-MM-DD)',
      });
    } else if (fields.fullMemberOn > today) {
      problems.push({
        field: 'fullMemberOn',
        zh: '转正日期不能晚于今天',
        en: 'The date of becoming a full member is in the future',
      });
    } else if (
      fields.joinedOn &&
      isDate(fields.joinedOn) &&
      fields.fullMemberOn < fields.joinedOn
    ) {
      problems.push({
        field: 'fullMemberOn',
        zh: '转正日期不能早于入党日期',
        en: 'The date of becoming a full member is before the date of joining',
      });
    }
  }
  if (fields.position && [...fields.position].length > POSITION_MAX) {
    problems.push({
      field: 'position',
      zh: `职务不能超过 ${POSITION_MAX} 个字`,
      en: `The post is longer than ${POSITION_MAX} characters`,
    });
  }
  return problems;
}
