import { describe, expect, it } from 'vitest';
import { canSee, menuFor, NAV_ITEMS, navItemAt, worksInBranches } from './navigation';
import type { RoleGrant } from './roles';

const keys = (grants: RoleGrant[], branchId: string | null) =>
  menuFor(grants, branchId).flatMap((g) => g.items.map((i) => i.key));
const sections = (grants: RoleGrant[], branchId: string | null) =>
  menuFor(grants, branchId).map((g) => g.section);

describe('the menu follows the roles held', () => {
  it('gives the committee administrator the committee screens, and the roster of a chosen branch', () => {
    const admin: RoleGrant[] = [{ role: 'COMMITTEE_ADMIN', branchId: null }];
    expect(keys(admin, 'b1')).toEqual([
      'scheme',
      'specialItems',
      'annualApproval',
      'overview',
      'roster',
    ]);
    expect(keys(admin, null)).toEqual(['scheme', 'specialItems', 'annualApproval', 'overview']);
  });

  it('gives the analyst only the statistics', () => {
    expect(keys([{ role: 'ANALYST', branchId: null }], 'b1')).toEqual(['analytics']);
    expect(worksInBranches([{ role: 'ANALYST', branchId: null }])).toBe(false);
  });

  it('gives the secretary every branch screen of their branch and nothing of the committee', () => {
    const secretary: RoleGrant[] = [{ role: 'SECRETARY', branchId: 'b1' }];
    expect(sections(secretary, 'b1')).toEqual(['branch']);
    expect(keys(secretary, 'b1')).toEqual([
      'roster',
      'ledger',
      'sessions',
      'declarationsInbox',
      'quarterlyReview',
      'annualEvaluation',
      'warnings',
    ]);
  });

  it('gives the scorekeeper the ledger, sessions and declarations but not the panel screens', () => {
    const keeper: RoleGrant[] = [{ role: 'SCOREKEEPER', branchId: 'b1' }];
    expect(keys(keeper, 'b1')).toEqual(['roster', 'ledger', 'sessions', 'declarationsInbox']);
  });

  it('gives the group leader the roster, sessions and the quarterly review', () => {
    expect(keys([{ role: 'GROUP_LEADER', branchId: 'b1' }], 'b1')).toEqual([
      'roster',
      'sessions',
      'quarterlyReview',
    ]);
  });

  it('gives a member their own screens only', () => {
    const member: RoleGrant[] = [{ role: 'MEMBER', branchId: 'b1' }];
    expect(keys(member, 'b1')).toEqual(['myScores', 'declare', 'confirm']);
    expect(sections(member, 'b1')).toEqual(['member']);
    expect(worksInBranches(member)).toBe(false);
  });

  it('shows branch screens for the roles held in the ACTIVE branch only', () => {
    // Secretary of b1, plain member in b2 (the member's screens follow the person).
    const grants: RoleGrant[] = [
      { role: 'SECRETARY', branchId: 'b1' },
      { role: 'MEMBER', branchId: 'b2' },
    ];
    expect(keys(grants, 'b1')).toContain('warnings');
    expect(keys(grants, 'b2')).toEqual(['myScores', 'declare', 'confirm']);
    // A scorekeeper in two branches works in whichever is active.
    const keeper: RoleGrant[] = [
      { role: 'SCOREKEEPER', branchId: 'b1' },
      { role: 'SCOREKEEPER', branchId: 'b2' },
    ];
    expect(keys(keeper, 'b2')).toContain('ledger');
    expect(keys(keeper, 'b3')).toEqual([]);
  });

  it('finds the screen of a path, including its sub-paths', () => {
    expect(navItemAt('/roster')?.key).toBe('roster');
    expect(navItemAt('/my/scores/2026')?.key).toBe('myScores');
    expect(navItemAt('/rosterx')).toBeUndefined();
    const roster = NAV_ITEMS.find((i) => i.key === 'roster')!;
    expect(canSee(roster, [{ role: 'MEMBER', branchId: 'b1' }], 'b1')).toBe(false);
  });
});
