import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '@medicalcor/core/config/env';
import { UsageError, e164, type SimulateContext, type SimulatedRequest } from './simulate/simulated-request.ts';

/**
 * `pnpm simulate <provider> [event|text] [options]`: signs a realistic provider webhook with the
 * configured secret (the documented dev secrets when none is set), sends it to a running gateway
 * and prints the answer. Exit 0 when every answer is 2xx, 1 otherwise (or when the gateway cannot
 * be reached), 2 for a usage error.
 */

// Each provider's builder (and its official signing library) is loaded only when that provider is
// simulated: stripe-node and twilio take a second or more to load.
const loadWhatsApp = () => import('./simulate/whatsapp-payload.ts');
const loadStripe = () => import('./simulate/stripe-payload.ts');
const loadVoice = () => import('./simulate/voice-payload.ts');
const loadVapi = () => import('./simulate/vapi-payload.ts');
const loadHubSpot = () => import('./simulate/hubspot-payload.ts');

async function usage(): Promise<string> {
  const [{ STRIPE_EVENTS }, { VAPI_EVENTS }, { HUBSPOT_EVENTS }] = await Promise.all([loadStripe(), loadVapi(), loadHubSpot()]);
  return `Usage: pnpm simulate <provider> [event | text] [options]

Providers and events:
  whatsapp ["text"]        an inbound WhatsApp text message (POST /webhooks/whatsapp)
      --from +40722123456  the patient's number          --name "Ana"  the patient's profile name
      --via 360dialog      sign x-360dialog-signature instead of Meta's x-hub-signature-256
      --status delivered   a status update (sent|delivered|read|failed) instead of a message
      --wamid wamid.X      the message id (default: a new one)
  stripe <event>           ${STRIPE_EVENTS.join(' | ')}
      --amount 4900 --currency eur --phone +40722123456 --clinic <clinic uuid>
  voice                    an incoming Twilio call (POST /webhooks/voice, answered with TwiML)
      --from +40722123456 --to +40312345678
      --status completed   a call status callback (POST /webhooks/voice/status) instead
      --call CA…           the CallSid (default: a new one)
  vapi <event>             ${VAPI_EVENTS.join(' | ')}
      --call <uuid>        Vapi's call id (default: a new one)   --from / --to as for voice
      --hmac               sign x-vapi-signature + x-vapi-timestamp instead of sending X-Vapi-Secret
  hubspot <event>          ${HUBSPOT_EVENTS.join(' | ')}
      --portal 62515       the HubSpot account id

Common options:
  --url http://localhost:3000   the gateway (default http://localhost:$PORT)
  --repeat N                    send the identical delivery N times (duplicates are stored once)
  --correlation-id X            sent as x-correlation-id
  --help                        this text

Twilio and HubSpot sign the public URL: PUBLIC_BASE_URL when set, else the --url target.
`;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  url: { type: 'string' },
  repeat: { type: 'string' },
  'correlation-id': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  name: { type: 'string' },
  via: { type: 'string' },
  status: { type: 'string' },
  wamid: { type: 'string' },
  amount: { type: 'string' },
  currency: { type: 'string' },
  phone: { type: 'string' },
  clinic: { type: 'string' },
  call: { type: 'string' },
  hmac: { type: 'boolean' },
  portal: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const DEFAULT_TEXT = 'Bună ziua, cât costă un implant?';
const DEFAULT_PATIENT = '+40722123456';
const DEFAULT_CLINIC_NUMBER = '+40312345678';
const TIMEOUT_MS = 15_000;
const SIGNATURE_HEADERS = [
  'x-hub-signature-256', 'x-360dialog-signature', 'stripe-signature', 'x-twilio-signature', 'x-vapi-secret', 'x-vapi-signature',
  'x-hubspot-signature-v3',
];

type Builder = (values: Values, args: string[], ctx: SimulateContext) => Promise<SimulatedRequest>;

const PROVIDERS: Record<string, Builder> = {
  whatsapp: async (v, args, ctx) => {
    if (v.via !== undefined && v.via !== '360dialog' && v.via !== 'meta') throw new UsageError(`--via must be 360dialog or meta (got "${v.via}")`);
    return (await loadWhatsApp()).whatsappRequest({
      text: args.length > 0 ? args.join(' ') : DEFAULT_TEXT, from: e164('from', v.from ?? DEFAULT_PATIENT), name: v.name ?? 'Ana Popescu',
      via: v.via === '360dialog' ? '360dialog' : 'meta', status: v.status, wamid: v.wamid,
    }, ctx);
  },
  stripe: async (v, args, ctx) => {
    const { STRIPE_EVENTS, stripeRequest } = await loadStripe();
    return stripeRequest({
      event: eventArgument('stripe', args, STRIPE_EVENTS), amount: wholeNumber('amount', v.amount ?? '4900'), currency: v.currency ?? 'eur',
      phone: v.phone === undefined ? undefined : e164('phone', v.phone), clinic: v.clinic,
    }, ctx);
  },
  voice: async (v, args, ctx) => {
    noArguments('voice', args);
    return (await loadVoice()).voiceRequest({
      from: e164('from', v.from ?? DEFAULT_PATIENT), to: e164('to', v.to ?? DEFAULT_CLINIC_NUMBER), status: v.status, call: v.call,
    }, ctx);
  },
  vapi: async (v, args, ctx) => {
    const { VAPI_EVENTS, vapiRequest } = await loadVapi();
    return vapiRequest({
      event: eventArgument('vapi', args, VAPI_EVENTS), call: v.call, from: e164('from', v.from ?? DEFAULT_PATIENT),
      to: e164('to', v.to ?? DEFAULT_CLINIC_NUMBER), hmac: v.hmac ?? false,
    }, ctx);
  },
  hubspot: async (v, args, ctx) => {
    const { HUBSPOT_EVENTS, hubspotRequest } = await loadHubSpot();
    return hubspotRequest({ event: eventArgument('hubspot', args, HUBSPOT_EVENTS), portal: v.portal ?? '62515' }, ctx);
  },
};

const COMMON_OPTIONS = ['help', 'url', 'repeat', 'correlation-id'];
const PROVIDER_OPTIONS: Record<string, string[]> = {
  whatsapp: ['from', 'name', 'via', 'status', 'wamid'],
  stripe: ['amount', 'currency', 'phone', 'clinic'],
  voice: ['from', 'to', 'status', 'call'],
  vapi: ['call', 'from', 'to', 'hmac'],
  hubspot: ['portal'],
};

/** An option meant for another provider is a mistake worth saying, not something to ignore. */
function onlyOptionsOf(provider: string, values: Values) {
  const allowed = new Set([...COMMON_OPTIONS, ...(PROVIDER_OPTIONS[provider] ?? [])]);
  const stray = Object.keys(values).find((name) => !allowed.has(name));
  if (stray) throw new UsageError(`--${stray} does not apply to ${provider}`);
}

function eventArgument(provider: string, args: string[], events: readonly string[]): string {
  const [event, ...rest] = args;
  if (event === undefined) throw new UsageError(`${provider}: which event? one of ${events.join(', ')}`);
  if (!events.includes(event)) throw new UsageError(`unknown ${provider} event "${event}": one of ${events.join(', ')}`);
  noArguments(provider, rest);
  return event;
}

function noArguments(provider: string, args: string[]) {
  if (args.length > 0) throw new UsageError(`${provider}: unexpected argument "${args[0]}"`);
}

function wholeNumber(option: string, value: string, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`--${option} must be a whole number from ${min} to ${max} (got "${value}")`);
  return n;
}

function targetUrl(given: string | undefined, port: number): string {
  const raw = given ?? `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--url must be an http(s) URL (got "${raw}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--url must be an http(s) URL (got "${raw}")`);
  return raw.replace(/\/+$/, '');
}

async function send(base: string, request: SimulatedRequest, label: string): Promise<boolean> {
  const url = base + request.path;
  const signedWith = SIGNATURE_HEADERS.filter((h) => h in request.headers).join(', ');
  const out: string[] = [`${label}${request.method} ${url}  (${Buffer.byteLength(request.body)} bytes, ${signedWith})`];
  if (request.signedUrl !== undefined && request.signedUrl !== url) out.push(`  signed for ${request.signedUrl}`);
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method, headers: request.headers, body: request.body, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    process.stdout.write(`${out.join('\n')}\n`);
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new Unreachable(timedOut
      ? `no answer from ${base} within ${TIMEOUT_MS / 1000} s`
      : `could not reach ${base}: is \`pnpm start\` running?`);
  }
  const text = await response.text();
  const elapsed = Math.round(performance.now() - started);
  out.push(`${response.status} ${response.statusText}  (${elapsed} ms)`);
  for (const name of ['x-correlation-id', 'content-type']) {
    const value = response.headers.get(name);
    if (value !== null) out.push(`${name}: ${value}`);
  }
  out.push('', prettyBody(text, response.headers.get('content-type')), '');
  process.stdout.write(out.join('\n'));
  return response.status >= 200 && response.status < 300;
}

function prettyBody(text: string, contentType: string | null): string {
  if (text === '') return '(no body)';
  if (contentType?.includes('json')) {
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      return text;
    }
  }
  return text;
}

class Unreachable extends Error {}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(await usage());
    return 0;
  }
  const [provider, ...args] = positionals;
  if (provider === undefined) throw new UsageError('which provider?');
  const build = PROVIDERS[provider];
  if (!build) throw new UsageError(`unknown provider "${provider}": one of ${Object.keys(PROVIDERS).join(', ')}`);

  onlyOptionsOf(provider, values);
  const config = loadConfig();
  const base = targetUrl(values.url, config.PORT);
  const repeat = wholeNumber('repeat', values.repeat ?? '1', { min: 1, max: 1000 });
  const request = await build(values, args, { config, signedBaseUrl: (config.PUBLIC_BASE_URL ?? base).replace(/\/+$/, '') });
  const correlationId = values['correlation-id'];
  if (correlationId !== undefined) request.headers['x-correlation-id'] = correlationId;

  let allOk = true;
  for (let i = 1; i <= repeat; i++) {
    if (i > 1) process.stdout.write('\n');
    const ok = await send(base, request, repeat > 1 ? `[${i}/${repeat}] ` : '');
    allOk &&= ok;
  }
  return allOk ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`simulate: ${error.message}\n\n${await usage()}`);
      process.exitCode = 2;
    } else if (error instanceof Unreachable || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`simulate failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
