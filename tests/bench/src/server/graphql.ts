// A GraphQL client over real HTTP, as analysts' tools and the admin app call the server.

export type GraphQLError = {
  message: string;
  path?: string[];
  extensions?: Record<string, unknown>;
};
export type GraphQLResponse<T> = { data?: T | null; errors?: GraphQLError[] };

export type GraphQLClient = {
  url: string;
  token: string | null;
  /** Posts one operation; throws when the response carries errors. */
  request: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** The raw request body for load generators (autocannon). */
  body: (query: string, variables?: Record<string, unknown>) => string;
  headers: () => Record<string, string>;
};

export function graphqlClient(serverUrl: string, token: string | null = null): GraphQLClient {
  const url = `${serverUrl}/graphql`;
  const headers = () => ({
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
  const body = (query: string, variables?: Record<string, unknown>) =>
    JSON.stringify({ query, variables });
  return {
    url,
    token,
    body,
    headers,
    request: async <T>(query: string, variables?: Record<string, unknown>) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: headers(),
        body: body(query, variables),
      });
      const json = (await res.json()) as GraphQLResponse<T>;
      if (json.errors?.length || !json.data) {
        throw new Error(`GraphQL error (${res.status}): ${JSON.stringify(json.errors ?? json)}`);
      }
      return json.data;
    },
  };
}

export async function login(
  serverUrl: string,
  loginName: string,
  password: string,
): Promise<GraphQLClient> {
  const anonymous = graphqlClient(serverUrl);
  const data = await anonymous.request<{ login: { token: string } }>(
    'mutation Login($l: String!, $p: String!) { login(loginName: $l, password: $p) { token } }',
    { l: loginName, p: password },
  );
  return graphqlClient(serverUrl, data.login.token);
}
