import { ApiToken } from '../../../auth/api-tokens/api-token.entity.js';
import { ROLE_LABELS, Role } from '../../../auth/roles.js';
import { AnnualAssessment } from '../../assessments/annual/annual-assessment.entity.js';
import { Correction } from '../../assessments/corrections/correction.entity.js';
import { NoticeObjection } from '../../assessments/notices/notice-objection.entity.js';
import { Publication, PublicationKind } from '../../assessments/notices/publication.entity.js';
import { MemberConfirmation } from '../../assessments/quarter/member-confirmation.entity.js';
import { QuarterAssessment } from '../../assessments/quarter/quarter-assessment.entity.js';
import { CalendarAmendment } from '../../calendar/calendar-amendment.entity.js';
import { Declaration } from '../../declarations/declaration.entity.js';
import { EvidenceFile } from '../../evidence/evidence-file.entity.js';
import { BranchSession } from '../../ledger/branch-session.entity.js';
import { Violation } from '../../ledger/violation.entity.js';
import { OutcomeCase } from '../../outcomes/outcome-case.entity.js';
import { RectificationMeasure } from '../../outcomes/rectification-measure.entity.js';
import { BranchItemProposal } from '../../schemes/branch-item-proposal.entity.js';
import { Scheme } from '../../schemes/scheme.entity.js';
import { SpotCheck } from '../../supervision/spot-check.entity.js';
import { SpotCheckItem } from '../../supervision/spot-check-item.entity.js';
import type { AuditEntityName, Label } from '../audit-labels.js';
import type { SubjectLookups } from './subject-lookups.js';
import { excerpt, joined, names, plain, quarterText, yearText } from './subject-text.js';
import { monthLabel } from '../../assessments/quarter/quarter-period.js';

/** The entry's before and after merged (after wins): what the entry itself says of its record. */
export type Doc = Record<string, unknown>;

/**
 * Names one audited record for the log's 对象 column: its id, the entry's own doc, and lookups
 * that read within the reader's walls (a record out of view, or deleted, is named from the doc,
 * or not at all).
 */
type Describe = (id: string, doc: Doc, look: SubjectLookups) => Promise<Label | null>;

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const month = (v: unknown) => (text(v) ? monthLabel(text(v)!) : null);
const named = (look: SubjectLookups, memberId: unknown) => look.memberName(text(memberId));
const nameLabel = (name: string | null) => (name ? plain(name) : null);

/** A period's text: a quarter when a quarter is named, else the year. */
const periodText = (year: number, quarter: number | null | undefined) =>
  quarter ? quarterText(year, quarter) : yearText(year);

const bySelf =
  (load: (look: SubjectLookups, id: string) => Promise<string | null>): Describe =>
  async (id, doc, look) =>
    nameLabel((await load(look, id)) ?? text(doc['name']));

export const SUBJECTS: Partial<Record<AuditEntityName, Describe>> = {
  Member: bySelf((look, id) => look.memberName(id)),
  Branch: bySelf((look, id) => look.branchName(id)),
  PartyGroup: bySelf((look, id) => look.groupName(id)),
  UserAccount: async (id, _doc, look) => look.userText(id),
  RoleAssignment: async (_id, doc, look) => {
    const role = ROLE_LABELS[text(doc['role']) as Role];
    return joined(await look.userText(text(doc['userId'])), role ?? null);
  },
  ApiToken: async (id, doc, look) =>
    nameLabel((await look.row(ApiToken, id))?.name ?? text(doc['name'])),
  EvidenceFile: async (id, doc, look) =>
    nameLabel((await look.row(EvidenceFile, id))?.fileName ?? text(doc['fileName'])),
  CalendarAmendment: async (id, doc, look) =>
    nameLabel((await look.row(CalendarAmendment, id))?.date ?? text(doc['date'])),
  Scheme: async (id, _doc, look) => {
    const s = await look.row(Scheme, id);
    if (!s) return null;
    return { zh: `${s.year}年度方案（第 ${s.version} 版）`, en: `${s.year} scheme, v${s.version}` };
  },
  BranchItemProposal: async (id, _doc, look) => {
    const p = await look.row(BranchItemProposal, id);
    return p ? joined(yearText(p.year), { zh: p.item.nameZh, en: p.item.nameEn }) : null;
  },
  BranchSession: async (id, doc, look) => {
    const s = await look.row(BranchSession, id);
    return joined(nameLabel(s?.date ?? text(doc['date'])), excerpt(s?.topic ?? text(doc['topic'])));
  },
  MonthlySheet: async (id) => month(id.split(':')[1]),
  RecordedMonth: async (_id, doc) => month(doc['month']),
  Violation: async (id, doc, look) => {
    const v = await look.row(Violation, id);
    return joined(
      nameLabel(await named(look, v?.memberId ?? doc['memberId'])),
      month(v?.month ?? doc['month']),
    );
  },
  Declaration: async (id, _doc, look) => {
    const d = await look.row(Declaration, id);
    if (!d) return null;
    return joined(nameLabel(await named(look, d.memberId)), monthLabel(d.month));
  },
  QuarterAssessment: async (id, _doc, look) => {
    const q = await look.row(QuarterAssessment, id);
    return q ? quarterText(q.year, q.quarter) : null;
  },
  MemberConfirmation: async (id, doc, look) => {
    const c = await look.row(MemberConfirmation, id);
    const q = c ? await look.row(QuarterAssessment, c.assessmentId) : null;
    return joined(
      nameLabel(await named(look, c?.memberId ?? doc['memberId'])),
      q ? quarterText(q.year, q.quarter) : null,
    );
  },
  Publication: async (id, _doc, look) => {
    const p = await look.row(Publication, id);
    if (!p) return null;
    const period = periodText(p.year, p.kind === PublicationKind.QUARTER ? p.quarter : null);
    return {
      zh: `${period.zh}公示（第 ${p.number} 次）`,
      en: `${period.en} notice no. ${p.number}`,
    };
  },
  NoticeObjection: async (id, doc, look) => {
    const o = await look.row(NoticeObjection, id);
    const p = o ? await look.row(Publication, o.publicationId) : null;
    return joined(
      nameLabel(await named(look, o?.memberId ?? doc['memberId'])),
      p ? periodText(p.year, p.kind === PublicationKind.QUARTER ? p.quarter : null) : null,
    );
  },
  AnnualAssessment: async (id, _doc, look) => {
    const a = await look.row(AnnualAssessment, id);
    return a ? yearText(a.year) : null;
  },
  Correction: async (id, _doc, look) => {
    const c = await look.row(Correction, id);
    if (!c) return null;
    const q =
      c.kind === PublicationKind.QUARTER ? await look.row(QuarterAssessment, c.assessmentId) : null;
    const members = await Promise.all(c.memberIds.map((m) => look.memberName(m)));
    return joined(periodText(c.year, q?.quarter), names(members.filter((n): n is string => !!n)));
  },
  OutcomeCase: async (id, _doc, look) => {
    const c = await look.row(OutcomeCase, id);
    return c ? joined(nameLabel(await named(look, c.memberId)), yearText(c.year)) : null;
  },
  RectificationMeasure: async (id, _doc, look) => {
    const m = await look.row(RectificationMeasure, id);
    const c = m ? await look.row(OutcomeCase, m.caseId) : null;
    return joined(nameLabel(await named(look, c?.memberId)), excerpt(m?.description));
  },
  SpotCheck: async (id, doc, look) =>
    nameLabel((await look.row(SpotCheck, id))?.title ?? text(doc['title'])),
  SpotCheckItem: async (id, _doc, look) => {
    const item = await look.row(SpotCheckItem, id);
    if (!item) return null;
    const check = await look.row(SpotCheck, item.spotCheckId);
    return joined(
      excerpt(check?.title),
      nameLabel(await named(look, item.memberId)),
      monthLabel(item.month),
    );
  },
};

/** Entries about many records at once, named from what the entry itself counted. */
export const WHOLE_SUBJECTS: Record<string, (doc: Doc) => Label | null> = {
  'roster.import': (doc) => {
    const created = Number(doc['created'] ?? 0);
    const updated = Number(doc['updated'] ?? 0);
    const from = month(doc['fromMonth']);
    return {
      zh: `新增 ${created} 人，更新 ${updated} 人${from ? `（自 ${from.zh}起）` : ''}`,
      en: `${created} added, ${updated} updated${from ? ` (from ${from.en})` : ''}`,
    };
  },
};
