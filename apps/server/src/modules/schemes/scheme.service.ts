import type { EntityManager } from '@mikro-orm/postgresql';
import { isMonthKey, validateScheme, type Scheme as SchemeDefinition } from '@jifen/scoring';
import type { Actor } from '../../auth/actor.js';
import { COMMITTEE, requireRole } from '../../auth/permissions.js';
import { Role } from '../../auth/roles.js';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  periodsFromMonth,
  refreshYearSummaries,
} from '../scores/summaries/score-summaries.service.js';
import { schemeProblemsError } from './scheme-problems.js';
import { Scheme, SchemeStatus } from './scheme.entity.js';
import {
  schemeFromDefault,
  schemeFromPrevious,
  versionLabel,
  type SchemeOrigin,
} from './scheme-templates.js';
import { clock } from '../calendar/clock.js';

const SCHEME = { zh: '积分方案', en: 'Scheme' };
const auditActor = (actor: Actor) => ({ userId: actor.userId, role: Role.COMMITTEE_ADMIN });

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new BadInputError(
      '年度应为 2000 到 2100 之间的整数',
      'Year must be from 2000 to 2100',
      'year',
    );
  }
}

async function findScheme(em: EntityManager, id: string): Promise<Scheme> {
  const scheme = await em.findOne(Scheme, { id });
  if (!scheme) throw new NotFoundError(SCHEME, 'id');
  return scheme;
}

function assertDraft(scheme: Scheme): void {
  if (scheme.status !== SchemeStatus.DRAFT) {
    throw new ConflictError(
      '已发布的方案不能修改；如需更正，请新建修订版本',
      'A published scheme cannot change; create a correction version instead',
      { status: scheme.status },
    );
  }
}

function assertRevision(scheme: Scheme, expected: number): void {
  if (scheme.revision !== expected) {
    throw new ConflictError(
      '方案草稿已被他人修改，请刷新后重试',
      'Someone else changed this draft; reload and try again',
      {
        currentRevision: scheme.revision,
      },
    );
  }
}

/** The committee's work on a year's scheme: create, edit the draft, publish, correct. */
export class SchemeService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {}

  list(year: number | null): Promise<Scheme[]> {
    return this.em.find(Scheme, year ? { year } : {}, {
      orderBy: { year: 'desc', version: 'desc' },
    });
  }

  get(id: string): Promise<Scheme> {
    return findScheme(this.em, id);
  }

  /** A year's first draft, from the 2021 default or a copy of the previous year's scheme in force. */
  async create(year: number, from: 'default-2021' | 'previous-year'): Promise<Scheme> {
    requireRole(this.actor, COMMITTEE, null);
    checkYear(year);
    return this.em.transactional(async (tx) => {
      const existing = await tx.count(Scheme, { year });
      if (existing > 0) {
        throw new ConflictError(
          `${year} 年已有方案；请编辑草稿或新建修订版本`,
          `${year} already has a scheme; edit its draft or create a correction`,
        );
      }
      let definition: SchemeDefinition;
      let basedOnId: string | null = null;
      if (from === 'previous-year') {
        const previous = await tx.findOne(
          Scheme,
          { year: year - 1, status: { $ne: SchemeStatus.DRAFT } },
          { orderBy: { version: 'desc' } },
        );
        if (!previous) {
          throw new BadInputError(
            `${year - 1} 年没有已发布的方案可复制`,
            `${year - 1} has no published scheme to copy`,
            'from',
          );
        }
        definition = schemeFromPrevious(previous.definition, year);
        basedOnId = previous.id;
      } else {
        definition = schemeFromDefault(year);
      }
      const scheme = tx.create(Scheme, {
        bureauId: this.actor.bureauId,
        year,
        version: 1,
        definition,
        effectiveFromMonth: `${year}-01`,
        basedOnId,
        origin: from satisfies SchemeOrigin,
        createdById: this.actor.userId,
      });
      await tx.flush();
      await recordAudit(tx, this.actor.bureauId, auditActor(this.actor), {
        operation: 'scheme.create',
        entityName: 'Scheme',
        entityId: scheme.id,
        after: { year, version: 1, origin: from, basedOnId },
      });
      return scheme;
    });
  }

  /** Replaces a draft's definition; refuses one the scoring package does not validate. */
  async updateDraft(id: string, definition: unknown, expectedRevision: number): Promise<Scheme> {
    requireRole(this.actor, COMMITTEE, null);
    return this.em.transactional(async (tx) => {
      const scheme = await findScheme(tx, id);
      assertDraft(scheme);
      assertRevision(scheme, expectedRevision);
      const validation = validateScheme(definition);
      if (!validation.ok) throw schemeProblemsError(validation.problems);
      const next = definition as SchemeDefinition;
      if (next.year !== scheme.year) {
        throw new BadInputError(
          `方案年度应为 ${scheme.year}`,
          `The scheme's year must be ${scheme.year}`,
          'definition.year',
        );
      }
      const before = scheme.definition;
      scheme.definition = { ...next, version: versionLabel(scheme.year, scheme.version) };
      await tx.flush();
      await recordAudit(tx, this.actor.bureauId, auditActor(this.actor), {
        operation: 'scheme.updateDraft',
        entityName: 'Scheme',
        entityId: scheme.id,
        before,
        after: scheme.definition,
      });
      return scheme;
    });
  }

  /**
   * A new draft version of a published year, effective from a month with a reason. Publishing it
   * leaves the months before that month under the earlier version.
   */
  async createCorrection(
    year: number,
    effectiveFromMonth: string,
    reason: string,
  ): Promise<Scheme> {
    requireRole(this.actor, COMMITTEE, null);
    checkYear(year);
    if (!isMonthKey(effectiveFromMonth) || !effectiveFromMonth.startsWith(`${year}-`)) {
      throw new BadInputError(
        `生效月份应为 ${year} 年内的月份（YYYY-MM）`,
        `The effective month must be a month of ${year} (YYYY-MM)`,
        'effectiveFromMonth',
      );
    }
    if (!reason.trim()) {
      throw new BadInputError('请填写修订原因', 'Give the reason for the correction', 'reason');
    }
    return this.em.transactional(async (tx) => {
      const versions = await tx.find(Scheme, { year }, { orderBy: { version: 'desc' } });
      if (versions.some((v) => v.status === SchemeStatus.DRAFT)) {
        throw new ConflictError(
          `${year} 年已有草稿，请先发布或编辑它`,
          `${year} already has a draft; edit or publish it first`,
        );
      }
      const current = versions.find((v) => v.status === SchemeStatus.PUBLISHED);
      if (!current) {
        throw new BadInputError(
          `${year} 年还没有已发布的方案`,
          `${year} has no published scheme yet`,
          'year',
        );
      }
      if (effectiveFromMonth < current.effectiveFromMonth) {
        throw new BadInputError(
          `生效月份不能早于现行版本的生效月份 ${current.effectiveFromMonth}`,
          `The effective month cannot precede the current version's (${current.effectiveFromMonth})`,
          'effectiveFromMonth',
        );
      }
      const version = current.version + 1;
      const scheme = tx.create(Scheme, {
        bureauId: this.actor.bureauId,
        year,
        version,
        definition: {
          ...structuredClone(current.definition),
          version: versionLabel(year, version),
        },
        effectiveFromMonth,
        reason: reason.trim(),
        basedOnId: current.id,
        origin: 'correction' satisfies SchemeOrigin,
        createdById: this.actor.userId,
      });
      await tx.flush();
      await recordAudit(tx, this.actor.bureauId, auditActor(this.actor), {
        operation: 'scheme.createCorrection',
        entityName: 'Scheme',
        entityId: scheme.id,
        after: { year, version, effectiveFromMonth, reason: scheme.reason, basedOnId: current.id },
      });
      return scheme;
    });
  }

  /** Publishes a draft: it becomes immutable, the version before it is superseded, scores follow. */
  async publish(id: string, expectedRevision: number): Promise<Scheme> {
    requireRole(this.actor, COMMITTEE, null);
    return this.em.transactional(async (tx) => {
      const scheme = await findScheme(tx, id);
      assertDraft(scheme);
      assertRevision(scheme, expectedRevision);
      const validation = validateScheme(scheme.definition);
      if (!validation.ok) throw schemeProblemsError(validation.problems);
      const previous = await tx.find(Scheme, { year: scheme.year, status: SchemeStatus.PUBLISHED });
      for (const p of previous) p.status = SchemeStatus.SUPERSEDED;
      scheme.status = SchemeStatus.PUBLISHED;
      scheme.publishedAt = clock().now();
      scheme.publishedById = this.actor.userId;
      await tx.flush();
      await recordAudit(tx, this.actor.bureauId, auditActor(this.actor), {
        operation: 'scheme.publish',
        entityName: 'Scheme',
        entityId: scheme.id,
        after: {
          year: scheme.year,
          version: scheme.version,
          effectiveFromMonth: scheme.effectiveFromMonth,
          superseded: previous.map((p) => p.id),
        },
      });
      // A correction governs from its effective month: the quarters that end before it keep the
      // version they were scored under, and their summaries are not rewritten. The year's first
      // version governs every month (even those before its effective month).
      await refreshYearSummaries(tx, scheme.year, {
        periods: previous.length > 0 ? periodsFromMonth(scheme.effectiveFromMonth) : undefined,
      });
      return scheme;
    });
  }
}
