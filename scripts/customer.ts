import { parseArgs } from 'node:util';
import { DEMO_INTAKE_KEY } from '../src/server/config.ts';

// Plays the customer (or customer service) against a running server's intake
// API, for demos and tests:
//   npm run customer -- submit --account LL000000012 --type personal --reason cost [--text "..."] [--agent 张三] [--key K]
//   npm run customer -- answer ZX261125-00042 [--text "已上传"]
//   npm run customer -- withdraw ZX261125-00042
//   npm run customer -- status ZX261125-00042
// Server: --url or CANCEL_DESK_URL (default http://localhost:8080); key: --api-key or INTAKE_API_KEY (default: the demo key).
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: process.env.CANCEL_DESK_URL ?? 'http://localhost:8080' },
    'api-key': { type: 'string', default: process.env.INTAKE_API_KEY ?? DEMO_INTAKE_KEY },
    account: { type: 'string' },
    type: { type: 'string', default: 'personal' },
    reason: { type: 'string', default: 'no_longer_needed' },
    text: { type: 'string' },
    agent: { type: 'string' },
    channel: { type: 'string', default: 'web' },
    key: { type: 'string', description: 'Idempotency-Key for submit' },
  },
});
const [command, number] = positionals;

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${values.url}/api/intake${path}`, {
    method,
    headers: { authorization: `Bearer ${values['api-key']}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => null);
  console.log(`${res.status} ${JSON.stringify(json, null, 2)}`);
  if (!res.ok) process.exitCode = 1;
}

switch (command) {
  case 'submit':
    if (!values.account) throw new Error('submit needs --account <account number>');
    await call(
      'POST',
      '/requests',
      {
        accountNumber: values.account,
        accountType: values.type,
        reasonCode: values.reason,
        reasonText: values.text ?? '',
        filedBy: values.agent ? 'agent' : 'holder',
        agentName: values.agent ?? null,
        channel: values.channel,
      },
      values.key ? { 'Idempotency-Key': values.key } : {},
    );
    break;
  case 'answer':
    await call('POST', `/requests/${number}/answer`, { message: values.text ?? null });
    break;
  case 'withdraw':
    await call('POST', `/requests/${number}/withdraw`, {});
    break;
  case 'status':
    await call('GET', `/requests/${number}`);
    break;
  default:
    console.error('usage: npm run customer -- submit|answer|withdraw|status ... (see scripts/customer.ts)');
    process.exitCode = 2;
}
