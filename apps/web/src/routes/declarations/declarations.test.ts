import { describe, expect, it } from 'vitest';
import type { DeclarationFieldsFragment } from '../../graphql/graphql';
import { filterDeclarations } from './DeclarationsInboxPage';

const d = (id: string, status: DeclarationFieldsFragment['status']) =>
  ({ id, status }) as DeclarationFieldsFragment;

describe('the declarations inbox', () => {
  it('shows what waits for someone first: new declarations and disputes', () => {
    const list = [d('1', 'SUBMITTED'), d('2', 'ACCEPTED'), d('3', 'DISPUTED'), d('4', 'UPHELD')];
    expect(filterDeclarations(list, 'todo').map((x) => x.id)).toEqual(['1', '3']);
    expect(filterDeclarations(list, 'all')).toHaveLength(4);
    expect(filterDeclarations(list, 'ACCEPTED').map((x) => x.id)).toEqual(['2']);
  });
});
