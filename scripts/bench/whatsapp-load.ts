import autocannon from 'autocannon';
import type { Config } from '@medicalcor/core/config/env';
import { signWhatsAppBody } from '@medicalcor/integrations/signatures/whatsapp-signature';
import { whatsappRequest } from '../simulate/whatsapp-payload.ts';
import { percentiles, type Percentiles } from './percentiles.ts';

export interface Delivery {
  wamid: string;
  body: string;
  signature: string;
}

export interface LoadStats {
  durationSeconds: number;
  /** Responses received, whatever their status. */
  responses: number;
  accepted: number;
  acceptedPerSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Of every response in the window, as autocannon timed each one. */
  latencyMs: Percentiles;
}

const PLACEHOLDER = 'wamid.BENCH_PLACEHOLDER';

/**
 * An endless supply of distinct signed WhatsApp deliveries: the `pnpm simulate whatsapp` payload
 * (Meta's \u escaping included) with a fresh wamid each, signed over its exact bytes. Making one
 * costs a string concatenation and one HMAC, so they are made as they are sent.
 */
export function whatsappDeliveries(config: Config, idPrefix: string): () => Delivery {
  const secret = config.WHATSAPP_APP_SECRET[0];
  if (!secret) throw new Error('WHATSAPP_APP_SECRET is empty');
  const template = whatsappRequest(
    { text: 'Bună ziua, cât costă un implant? 🦷', from: '+40722123456', name: 'Ana Popescu', via: 'meta', wamid: PLACEHOLDER },
    { config, signedBaseUrl: '' },
  ).body;
  const [head, tail, ...rest] = template.split(PLACEHOLDER);
  if (head === undefined || tail === undefined || rest.length > 0) throw new Error('wamid placeholder must occur once in the payload');
  let seq = 0;
  return () => {
    const wamid = `wamid.${idPrefix}${(seq++).toString(36)}`;
    const body = head + wamid + tail;
    return { wamid, body, signature: signWhatsAppBody(body, secret) };
  };
}

/**
 * Loads POST /webhooks/whatsapp with `connections` keep-alive connections for `durationSeconds`,
 * each request a new delivery. With pipelining 1 a connection has one request in flight, so the
 * per-connection context names the wamid its response acknowledges. Returns the statistics and
 * every response's latency (ms), so that several windows can be summarised as one.
 */
export async function loadWhatsApp(options: {
  url: string;
  connections: number;
  durationSeconds: number;
  next: () => Delivery;
  onAcknowledged?: (wamid: string) => void;
}): Promise<{ stats: LoadStats; latencies: number[] }> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: options.url,
      connections: options.connections,
      duration: options.durationSeconds,
      timeout: 10,
      headers: { 'content-type': 'application/json', 'user-agent': 'facebookexternalua' },
      requests: [{
        method: 'POST',
        path: '/webhooks/whatsapp',
        setupRequest: (request, context) => {
          const delivery = options.next();
          (context as { wamid?: string }).wamid = delivery.wamid;
          return { ...request, body: delivery.body, headers: { ...request.headers, 'x-hub-signature-256': delivery.signature } };
        },
        onResponse: (status, _body, context) => {
          const wamid = (context as { wamid?: string }).wamid;
          if (status >= 200 && status < 300 && wamid) options.onAcknowledged?.(wamid);
        },
      }],
    }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTimeMs) => latencies.push(responseTimeMs));
  });
  const accepted = result['2xx'];
  const stats: LoadStats = {
    durationSeconds: result.duration,
    responses: accepted + result.non2xx,
    accepted,
    acceptedPerSecond: accepted / result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    latencyMs: percentiles(latencies),
  };
  return { stats, latencies };
}
