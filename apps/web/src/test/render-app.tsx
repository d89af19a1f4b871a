import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/routes';
import type { Locale } from '../app/i18n';

type GraphQLBody = { operationName?: string; query: string; variables?: Record<string, unknown> };
export type FakeAnswer = { data?: unknown; errors?: unknown[] };
export type FakeServer = (operation: GraphQLBody) => FakeAnswer;

export const BRANCHES = [
  { id: 'b1', name: '办公室党支部', code: 'BGS', sortOrder: 1 },
  { id: 'b2', name: '财务处党支部', code: 'CWC', sortOrder: 2 },
];

export function viewer(roles: { role: string; branchId: string | null }[], displayName = '张三') {
  return {
    userId: 'u1',
    bureauId: 'bu1',
    bureauName: '常州市机关事务管理局',
    displayName,
    memberId: null,
    roles: roles.map((r) => ({ __typename: 'RoleGrant', ...r })),
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
    if (name === 'Branches') {
      return { data: { branches: BRANCHES.map((b) => ({ __typename: 'Branch', ...b })) } };
    }
    return { errors: [{ message: `unexpected ${name}`, extensions: { code: 'TEST' } }] };
  };
}
