import { describe, expect, it } from 'vitest';
import type { ScreenGrant } from './access';
import { canSee, menuFor, NAV_ITEMS, navItemAt, worksInBranches } from './navigation';
import { NAV_ICONS } from './layout/nav-icons';
import { SCREENS } from './routes';

/** Screens as the server grants them (`me.screens`): a person's own, or a branch's. */
const own = (screen: ScreenGrant['screen']): ScreenGrant => ({
  screen,
  branchScoped: false,
  allBranches: false,
  branchIds: ['b1'],
});
const inBranches = (screen: ScreenGrant['screen'], ...branchIds: string[]): ScreenGrant => ({
  screen,
  branchScoped: true,
  allBranches: false,
  branchIds,
});
const everywhere = (screen: ScreenGrant['screen']): ScreenGrant => ({
  screen,
  branchScoped: true,
  allBranches: true,
  branchIds: [],
});

const keys = (screens: ScreenGrant[], branchId: string | null) =>
  menuFor(screens, branchId).flatMap((g) => g.items.map((i) => i.key));
const sections = (screens: ScreenGrant[], branchId: string | null) =>
  menuFor(screens, branchId).map((g) => g.section);

describe('the menu shows what the server lets the person open', () => {
  it('keeps the menu order and sections whatever order the screens come in', () => {
    const screens = [own('AUDIT'), inBranches('LEDGER', 'b1'), own('SCHEME'), own('MY_SCORES')];
    expect(keys(screens, 'b1')).toEqual(['scheme', 'ledger', 'myScores', 'audit']);
    expect(sections(screens, 'b1')).toEqual(['committee', 'branch', 'member', 'console']);
  });

  it('shows branch screens only for a branch they are granted in', () => {
    const screens = [
      inBranches('WARNINGS', 'b1'),
      inBranches('LEDGER', 'b1', 'b2'),
      own('CONFIRM'),
    ];
    expect(keys(screens, 'b1')).toEqual(['ledger', 'warnings', 'confirm']);
    expect(keys(screens, 'b2')).toEqual(['ledger', 'confirm']);
    expect(keys(screens, 'b3')).toEqual(['confirm']);
    expect(keys(screens, null)).toEqual(['confirm']);
  });

  it('shows a screen granted in every branch on whichever branch is chosen, none without one', () => {
    const admin = [own('SCHEME'), everywhere('ROSTER')];
    expect(keys(admin, 'b7')).toEqual(['scheme', 'roster']);
    expect(keys(admin, null)).toEqual(['scheme']);
  });

  it('offers the branch switcher only to those with a branch screen', () => {
    expect(worksInBranches([own('SCHEME'), own('ANALYTICS')])).toBe(false);
    expect(worksInBranches([own('MY_SCORES'), inBranches('SESSIONS', 'b1')])).toBe(true);
    expect(keys([], 'b1')).toEqual([]);
  });

  it('finds the screen of a path, including its sub-paths', () => {
    expect(navItemAt('/roster')?.key).toBe('roster');
    expect(navItemAt('/my/scores/2026')?.key).toBe('myScores');
    expect(navItemAt('/rosterx')).toBeUndefined();
    // A path under another item's path belongs to the longer one.
    expect(navItemAt('/spot-check')?.key).toBe('spotCheck');
    expect(navItemAt('/spot-check/follow-ups')?.key).toBe('spotCheckFollowUps');
    const roster = NAV_ITEMS.find((i) => i.key === 'roster')!;
    expect(canSee(roster, [own('MY_SCORES')], 'b1')).toBe(false);
  });
});

describe('every menu item has its screen', () => {
  it('routes no item to a placeholder, and names each screen once', () => {
    expect(NAV_ITEMS.filter((item) => !SCREENS[item.key]).map((i) => i.key)).toEqual([]);
    expect(new Set(NAV_ITEMS.map((i) => i.screen)).size).toBe(NAV_ITEMS.length);
  });
});

describe('the menu’s icons', () => {
  it('gives every screen of the menu an icon of its own (the home page’s tiles show them)', () => {
    expect(NAV_ITEMS.filter((item) => !NAV_ICONS[item.key]).map((item) => item.key)).toEqual([]);
  });
});
