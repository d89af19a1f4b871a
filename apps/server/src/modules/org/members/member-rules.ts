import { dateOf, isDate } from '../months.js';
import { MemberGender, MemberStatus } from './member.entity.js';

/** The roster fields of a member, as a change would leave them. */
export type MemberFields = {
  name: string;
  status: MemberStatus;
  joinedOn: string | null;
  fullMemberOn: string | null;
  position: string | null;
  gender: MemberGender | null;
  birthDate: string | null;
  phone: string | null;
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
  problems.push(...profileProblems(fields, today));
  return problems;
}

/** A mainland mobile (11 digits from 13…19) or a landline with area code and optional extension. */
const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;

/** The same phone number however it was typed: spaces and a leading +86 are dropped. */
export function normalisePhone(phone: string | null | undefined): string | null {
  const text = phone?.replace(/[\s\u3000]/g, '').replace(/^(?:\+86|0086)/, '') ?? '';
  return text || null;
}

/** 出生日期 must be a real date after 1900 and at least 18 years before joining (党章: 年满十八岁). */
function profileProblems(fields: MemberFields, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.birthDate) {
    const eighteenth = `${String(Number(fields.birthDate.slice(0, 4)) + 18).padStart(4, '0')}${fields.birthDate.slice(4)}`;
    if (!isDate(fields.birthDate))
      problems.push({
        field: 'birthDate',
        zh: '出生日期不是有效日期（格式 YYYY-MM-DD）',
        en: 'The date of birth is not a valid date (YYYY-MM-DD)',
      });
    else if (fields.birthDate < '1900-01-01' || fields.birthDate > today)
      problems.push({
        field: 'birthDate',
        zh: '出生日期应在 1900 年至今天之间',
        en: 'The date of birth must lie between 1900 and today',
      });
    else if (fields.joinedOn && isDate(fields.joinedOn) && eighteenth > fields.joinedOn)
      problems.push({
        field: 'birthDate',
        zh: '入党时应已年满十八岁，请核对出生日期',
        en: 'A member joins at eighteen or older: check the date of birth',
      });
  }
  if (fields.phone && !PHONE.test(fields.phone))
    problems.push({
      field: 'phone',
      zh: '联系电话应为 11 位手机号或带区号的固定电话（如 0519-85681234）',
      en: 'The phone must be an 11-digit mobile or a landline with its area code (e.g. 0519-85681234)',
    });
  return problems;
}
