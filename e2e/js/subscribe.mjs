// Drives the router as a browser or game client would, with the graphql-ws library:
//   node subscribe.mjs <router http url> <router ws url> <channel>
// 1. logs in demo player p-0001 over HTTP (its handle comes from the router, the demo password is shared);
// 2. subscribes to chatMessages on the channel over graphql-transport-ws, the token in connection_init;
// 3. posts to the channel over HTTP until the first event arrives (the subscription has no "ready" signal,
//    so posting again covers a subscription still being set up upstream, and a post that failed);
// 4. prints that event's payload as one line of JSON on stdout and exits 0.
// Any failure prints a reason on stderr and exits non-zero; nothing waits longer than the deadline.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql, loginDemo } from './arena.mjs';

const [httpUrl, wsUrl, channel] = process.argv.slice(2);
if (!httpUrl || !wsUrl || !channel) {
  console.error('usage: node subscribe.mjs <router http url> <router ws url> <channel>');
  process.exit(64);
}
const DEADLINE_MS = Number(process.env.E2E_DEADLINE_MS ?? 75000);
const deadline = setTimeout(() => {
  console.error(`no chatMessages event within ${DEADLINE_MS} ms`);
  process.exit(3);
}, DEADLINE_MS);

const token = await loginDemo(httpUrl, 'p-0001');

const client = createClient({
  url: wsUrl,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
});

const events = client.iterate({
  query: 'subscription Chat($channel: String!) { chatMessages(channel: $channel) { text author { handle rating } } }',
  variables: { channel },
});

let received = false;
let sent = 0;
const poster = (async () => {
  while (!received && sent < 100) {
    sent += 1;
    try {
      await graphql(httpUrl,
        'mutation Send($channel: String!, $text: String!) { sendChatMessage(channel: $channel, text: $text) { id } }',
        { channel, text: `hello from node #${sent}` }, token);
    } catch (e) {
      // A slow first request (a cold service on a busy machine) is not the subject here: post again.
      console.error(`sending chat message #${sent} failed, posting again: ${e.message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
})();

try {
  const { value, done } = await events.next();
  received = true;
  if (done) throw new Error('the subscription completed before any event');
  console.log(JSON.stringify(value));
  await events.return?.();
  await poster;
} catch (e) {
  console.error(e instanceof Error ? e.message : JSON.stringify(e));
  process.exitCode = 2;
} finally {
  clearTimeout(deadline);
  await client.dispose();
}
