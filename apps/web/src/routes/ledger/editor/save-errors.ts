import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { cellOfField, conflictId, conflictsOf, type Bilingual } from '../sheet-model';
import type { SheetConflict } from '../sheet-types';

/** What a refused save means for the sheet: which cells conflict, which are wrong, and the rest. */
export type SaveRefusal =
  | { network: true }
  | {
      network: false;
      conflicts: Map<string, SheetConflict>;
      problems: Map<string, Bilingual>;
      /** Errors that name no cell, in both languages. */
      general: Bilingual[];
    };

/** Sorts the errors of a refused save onto the cells that were sent. */
export function saveRefusal(err: unknown, sent: readonly { id: string }[]): SaveRefusal {
  if (!CombinedGraphQLErrors.is(err)) return { network: true };
  const conflicts = new Map<string, SheetConflict>();
  const problems = new Map<string, Bilingual>();
  const general: Bilingual[] = [];
  for (const e of err.errors) {
    const ext = (e.extensions ?? {}) as Record<string, unknown>;
    const text = {
      zh: e.message,
      en: typeof ext['messageEn'] === 'string' ? ext['messageEn'] : e.message,
    };
    if (ext['code'] === 'CONFLICT') {
      const named = conflictsOf(ext['details']);
      for (const c of named) conflicts.set(conflictId(c), c);
      // The conflict list says it cell by cell; a conflict without cells is said in the banner.
      if (named.length === 0) general.push(text);
      continue;
    }
    const id = cellOfField(typeof ext['field'] === 'string' ? ext['field'] : null, sent);
    if (id) problems.set(id, text);
    else general.push(text);
  }
  return { network: false, conflicts, problems, general };
}
