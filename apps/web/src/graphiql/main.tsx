import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';

/**
 * The GraphQL explorer the server serves at /graphql to a signed-in browser (docs/analysts.md):
 * bundled with the app, so it works offline. It sends the session's cookie, and JSON bodies,
 * which the server's CSRF guard accepts.
 */
async function fetcher(params: unknown) {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return res.json();
}

const DEFAULT_QUERY = `# 本局各支部的平均分与各区间人数 (更多示例: docs/analysts.md)
query BranchAverages($year: Int!) {
  scoreStatistics(filter: { year: $year }, groupBy: [BRANCH]) {
    groups {
      key { branchName }
      memberCount
      total { mean median }
      bands { labelZh count }
    }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={DEFAULT_QUERY}
    variables={JSON.stringify({ year: new Date().getFullYear() }, null, 2)}
  />,
);
