import { describeRuleKinds, OUTCOME_BANDS } from '@jifen/scoring';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/routes';
import type { Locale } from '../app/i18n';
import { serverActions, serverScreens } from './server-screens';

type GraphQLBody = { operationName?: string; query: string; variables?: Record<string, unknown> };
export type FakeAnswer = { data?: unknown; errors?: unknown[] };
export type FakeServer = (operation: GraphQLBody) => FakeAnswer;

export const BRANCHES = [
  { id: 'b1', name: '办公室党支部', code: 'BGS', sortOrder: 1 },
  { id: 'b2', name: '财务处党支部', code: 'CWC', sortOrder: 2 },
];

/** The server's day in every rendered screen (`me { today }`), and so the screens' current year. */
export const VIEWER_TODAY = '2026-11-16';
export const VIEWER_YEAR = Number(VIEWER_TODAY.slice(0, 4));

export function viewer(roles: { role: string; branchId: string | null }[], displayName = '张三') {
  return {
    userId: 'u1',
    bureauId: 'bu1',
    bureauName: '常州市机关事务管理局',
    displayName,
    memberId: null as string | null,
    mustChangePassword: false,
    today: VIEWER_TODAY,
    roles: roles.map((r) => ({ __typename: 'RoleGrant', ...r })),
    screens: serverScreens(roles as Parameters<typeof serverScreens>[0]),
    actions: serverActions(roles as Parameters<typeof serverActions>[0]),
  };
}

/**
 * Renders the whole app (providers, router, lazy routes) at `path`, with a fake GraphQL server
 * answering by operation name. Returns the operations the app sent.
 */
export function renderApp(path: string, server: FakeServer, locale: Locale = 'zh-CN') {
  const sent: GraphQLBody[] = [];
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as GraphQLBody;
    sent.push(body);
    const answer = server(body);
    return new Response(JSON.stringify(answer), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const utils = render(
    <AppProviders locale={locale} fetch={fetch as typeof window.fetch}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, router, sent };
}

/** A fake server for a logged-in person: `me`, `branches`, plus any extra answers. */
export function loggedIn(
  me: ReturnType<typeof viewer>,
  extra: Record<string, (operation: GraphQLBody) => FakeAnswer> = {},
): FakeServer {
  return (operation) => {
    const name = operation.operationName ?? '';
    if (extra[name]) return extra[name](operation);
    if (name === 'Me') return { data: { me: { __typename: 'Viewer', ...me } } };
    // The header's reminders and the menu's badges: nothing waiting unless a test says so.
    if (name === 'MyTasks') {
      return {
        data: {
          myTasks: { __typename: 'TaskList', total: 0, overdue: 0, today: '2026-12-01', tasks: [] },
        },
      };
    }
    if (name === 'MyNotifications') {
      return {
        data: { myNotifications: { __typename: 'NotificationList', unread: 0, items: [] } },
      };
    }
    // The account menu offers API tokens only to those the server names.
    if (name === 'ApiTokenOwners') return { data: { apiTokenOwners: [] } };
    // The rule kinds as the server describes them: the scoring package's own descriptions.
    if (name === 'RuleKinds') return ruleKindsAnswer();
    // A member's statuses and genders in the server's words.
    if (name === 'MemberStatuses') return memberStatusesAnswer();
    if (name === 'MemberGenders') return memberGendersAnswer();
    // The outcome bands and their names, as the server lists them from the scoring package.
    if (name === 'OutcomeBands') return outcomeBandsAnswer();
    if (name === 'Branches') {
      return { data: { branches: BRANCHES.map((b) => ({ __typename: 'Branch', ...b })) } };
    }
    return { errors: [{ message: `unexpected ${name}`, extensions: { code: 'TEST' } }] };
  };
}

/** A list of choices (`{ [key]: code, label }`) in the server's zh-CN words. */
function choicesAnswer(field: string, typename: string, key: string, words: [string, string][]) {
  return {
    data: { [field]: words.map(([code, label]) => ({ __typename: typename, [key]: code, label })) },
  };
}

/** The `memberStatuses` answer. */
export const memberStatusesAnswer = (): FakeAnswer =>
  choicesAnswer('memberStatuses', 'MemberStatusChoice', 'status', [
    ['FULL', '正式党员'],
    ['PROBATIONARY', '预备党员'],
  ]);

/** The `memberGenders` answer. */
export const memberGendersAnswer = (): FakeAnswer =>
  choicesAnswer('memberGenders', 'MemberGenderChoice', 'gender', [
    ['MALE', '男'],
    ['FEMALE', '女'],
  ]);

/** The `outcomeBands` answer, shaped as the server's resolver shapes it. */
/**
 * A fetch that answers only the outcome bands (and no one signed in): for a component that names
 * bands in the server's words, rendered without the app around it.
 */
export const bandsOnlyFetch = ((_: RequestInfo | URL, init?: RequestInit) => {
  const op = JSON.parse(String(init?.body)) as { operationName: string };
  const body = op.operationName === 'OutcomeBands' ? outcomeBandsAnswer() : { data: { me: null } };
  return Promise.resolve(
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );
}) as typeof window.fetch;

export function outcomeBandsAnswer(): FakeAnswer {
  return {
    data: {
      outcomeBands: OUTCOME_BANDS.map(({ band, label }) => ({
        __typename: 'OutcomeBandInfo',
        band: band.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase(),
        code: band,
        labelZh: label.zh,
        labelEn: label.en,
      })),
    },
  };
}

/** The `ruleKinds` answer for `descriptions`, shaped as the server's resolver shapes it. */
export function ruleKindsAnswer(descriptions = describeRuleKinds()): FakeAnswer {
  return {
    data: {
      ruleKinds: descriptions.map((d) => ({
        __typename: 'RuleKindInfo',
        kind: d.kind,
        labelZh: d.label.zh,
        labelEn: d.label.en,
        sections: [...d.sections],
        cell: d.cell,
        fields: d.fields.map((f) => ({
          __typename: 'RuleField',
          key: f.key,
          input: f.input,
          labelZh: f.label.zh,
          labelEn: f.label.en,
        })),
        defaults: d.defaults,
      })),
    },
  };
}
