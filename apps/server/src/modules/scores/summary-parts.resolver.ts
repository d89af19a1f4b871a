import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Plain } from '../../db/rows/plain-rows.js';
import type { AppContext } from '../../graphql/context.js';
import { ScorePart, ScoreSummary } from './score-summary.entity.js';
import { partName, summaryParts, type SummaryPart } from './summary-parts.js';

/** A summary's categories and items, stored without their names (summary-parts.ts). */
@Resolver(() => ScoreSummary)
export class SummaryPartsResolver {
  @FieldResolver(() => [ScorePart], { description: '基础分各类别' })
  categories(@Root() summary: Plain<ScoreSummary>, @Ctx() ctx: AppContext): SummaryPart[] {
    return summaryParts(summary.categories, summary, ctx.loaders.summaryNames);
  }

  @FieldResolver(() => [ScorePart], { description: '特色分各项目' })
  specialItems(@Root() summary: Plain<ScoreSummary>, @Ctx() ctx: AppContext): SummaryPart[] {
    return summaryParts(summary.specialItems, summary, ctx.loaders.summaryNames);
  }
}

/** Every part's names: a summary's from its scheme version, others' as they carry them. */
@Resolver(() => ScorePart)
export class ScorePartNamesResolver {
  @FieldResolver(() => String, { description: '中文名称' })
  nameZh(@Root() part: ScorePart | SummaryPart): string | Promise<string> {
    return partName(part, 'zh');
  }

  @FieldResolver(() => String, { description: '英文名称 (English name)' })
  nameEn(@Root() part: ScorePart | SummaryPart): string | Promise<string> {
    return partName(part, 'en');
  }
}
