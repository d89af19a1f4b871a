import { describe, expect, it } from 'vitest';
import type { DeclarationFieldsFragment } from '../../graphql/graphql';
import { disputesForOthers, filterDeclarations } from './DeclarationsInboxPage';

const d = (
  id: string,
  status: DeclarationFieldsFragment['status'],
  availableActions: string[] = [],
) => ({ id, status, availableActions }) as DeclarationFieldsFragment;

describe('the declarations inbox', () => {
  it('lists under 待处理 what the viewer may decide, as the server says', () => {
    // A scorekeeper: decides the new one, not the dispute (the branch committee's).
    const list = [
      d('1', 'SUBMITTED', ['DECIDE']),
      d('2', 'ACCEPTED'),
      d('3', 'DISPUTED'),
      d('4', 'UPHELD'),
    ];
    expect(filterDeclarations(list, 'todo').map((x) => x.id)).toEqual(['1']);
    expect(disputesForOthers(list).map((x) => x.id)).toEqual(['3']);
    expect(filterDeclarations(list, 'all')).toHaveLength(4);
    expect(filterDeclarations(list, 'ACCEPTED').map((x) => x.id)).toEqual(['2']);
    expect(filterDeclarations(list, 'DISPUTED').map((x) => x.id)).toEqual(['3']);
  });

  it('gives the branch committee its disputes, and a member’s own dispute step is not a task', () => {
    const list = [
      d('1', 'SUBMITTED'),
      d('2', 'DISPUTED', ['RESOLVE_DISPUTE']),
      d('3', 'REJECTED', ['DISPUTE']),
    ];
    expect(filterDeclarations(list, 'todo').map((x) => x.id)).toEqual(['2']);
    expect(disputesForOthers(list)).toEqual([]);
  });
});
