// What the e2e scripts share: GraphQL over HTTP against the router, and logging in a demo player.

/** POSTs one operation; returns its data, or throws with the operation's name and its errors. */
export async function graphql(httpUrl, query, variables, token) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(httpUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`${query.split('(')[0]}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Logs in a demo player (its handle comes from the router, the demo password is shared); returns its token. */
export async function loginDemo(httpUrl, playerId) {
  const { player } = await graphql(httpUrl, 'query Demo($id: ID!) { player(id: $id) { handle } }', { id: playerId });
  const { login } = await graphql(httpUrl,
    'mutation Login($handle: String!, $password: String!) { login(handle: $handle, password: $password) { token } }',
    { handle: player.handle, password: 'arena-demo-password' });
  return login.token;
}
