/** What the warning screens share: a case and how far its measures have come. */
import { type OutcomeCaseFieldsFragment } from '../../graphql/graphql';
import { today } from '../../app/calendar/today';

export type Case = OutcomeCaseFieldsFragment;
export type Measure = Case['measures'][number];

export const DATE = 'YYYY-MM-DD';
export const refetch = { refetchQueries: ['OutcomeCases'], awaitRefetchQueries: true };

/** Measures done / all, and the ones past their deadline and not done. */
export function measureProgress(measures: readonly Measure[], day = today().format(DATE)) {
  return {
    done: measures.filter((m) => m.doneOn).length,
    total: measures.length,
    overdue: measures.filter((m) => !m.doneOn && m.deadline < day).length,
  };
}
