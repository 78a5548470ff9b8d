// Two players on one router, each with its own token, each subscribed to its own walletChanged:
//   node wallet.mjs <router http url> <router ws url>
// The router carries both subscriptions to the store over one upstream connection that speaks for no one;
// each subscription names its viewer. Each player buys (again, until its first event arrives: the subscription
// has no "ready" signal); prints {"<player id>": {"event": <first payload>, "balances": [<wallet after each
// purchase>]}, ...} as one line of JSON. Any failure prints a reason on stderr and exits non-zero.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql, loginDemo } from './arena.mjs';
import { randomUUID } from 'node:crypto';

const [httpUrl, wsUrl] = process.argv.slice(2);
if (!httpUrl || !wsUrl) {
  console.error('usage: node wallet.mjs <router http url> <router ws url>');
  process.exit(64);
}
const DEADLINE_MS = Number(process.env.E2E_DEADLINE_MS ?? 75000);
const deadline = setTimeout(() => {
  console.error(`no walletChanged event for every player within ${DEADLINE_MS} ms`);
  process.exit(3);
}, DEADLINE_MS);

async function watchAndBuy(playerId, sku) {
  const token = await loginDemo(httpUrl, playerId);
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const events = client.iterate({ query: 'subscription Wallet { walletChanged { balance currency } }' });
  const balances = [];
  let received = false;
  const buyer = (async () => {
    for (let attempt = 1; !received && attempt <= 100; attempt++) {
      try {
        const { purchase } = await graphql(httpUrl,
          'mutation Buy($sku: String!, $key: String!) { purchase(sku: $sku, quantity: 1, idempotencyKey: $key) '
            + '{ __typename ... on PurchaseSuccess { wallet { balance } } } }',
          { sku, key: randomUUID() }, token);
        if (purchase.__typename !== 'PurchaseSuccess') throw new Error(`purchase gave ${purchase.__typename}`);
        balances.push(purchase.wallet.balance);
      } catch (e) {
        console.error(`${playerId}: purchase #${attempt} failed, buying again: ${e.message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  try {
    const { value, done } = await events.next();
    received = true;
    if (done) throw new Error(`${playerId}: the subscription completed before any event`);
    await events.return?.();
    await buyer;
    return { event: value, balances };
  } finally {
    await client.dispose();
  }
}

try {
  const [a, b] = await Promise.all([watchAndBuy('p-0002', 'SKU-0001'), watchAndBuy('p-0003', 'SKU-0002')]);
  console.log(JSON.stringify({ 'p-0002': a, 'p-0003': b }));
} catch (e) {
  console.error(e instanceof Error ? e.message : JSON.stringify(e));
  process.exitCode = 2;
} finally {
  clearTimeout(deadline);
}
