import type { Label } from '../../../graphql/locale.js';
import { MemberGender, MemberStatus } from './member.entity.js';

// A member's status and gender in words: the one place they are named, for the API
// (`statusLabel`, `memberStatuses`), the roster's sheet and statistics alike.

export const MEMBER_STATUS_LABELS: Record<MemberStatus, Label> = {
  [MemberStatus.FULL]: { zh: '正式党员', en: 'full member' },
  [MemberStatus.PROBATIONARY]: { zh: '预备党员', en: 'probationary member' },
};

export const MEMBER_GENDER_LABELS: Record<MemberGender, Label> = {
  [MemberGender.MALE]: { zh: '男', en: 'male' },
  [MemberGender.FEMALE]: { zh: '女', en: 'female' },
};
