import { readFileSync } from 'node:fs';
import type { Config } from '@medicalcor/core/config/env';
import { whatsappRequest } from '../simulate/whatsapp-payload.ts';

/** One signed inbound WhatsApp text, ready to send. */
export interface PipelineDelivery {
  wamid: string;
  phone: string;
  body: string;
  headers: Record<string, string>;
}

const LABELLED = new URL('../../packages/domain/src/scoring/eval/labelled-messages.json', import.meta.url);
/** Bench patients' numbers: +40 749 xxx xxx (Romanian mobile range), so their rows can be found and deleted. */
export const BENCH_PHONE_PREFIX = '+40749';
export const BENCH_WAMID_PREFIX = 'wamid.benchp-';

/**
 * `count` distinct signed deliveries (the `pnpm simulate whatsapp` payload, Meta's \u escaping,
 * signed over its exact bytes): texts cycled from the labelled scoring set (Romanian, English and
 * a few other languages: HOT/WARM/COLD/UNQUALIFIED, red flags, STOP), a new wamid each, from
 * about count/4 patients (each writes about 4 messages, interleaved with the others').
 */
export function pipelineDeliveries(config: Config, runId: string, count: number, offset = 0): PipelineDelivery[] {
  const texts = (JSON.parse(readFileSync(LABELLED, 'utf8')) as Array<{ text: string }>).map((m) => m.text);
  const patients = Math.max(1, Math.ceil(count / 4));
  const out: PipelineDelivery[] = [];
  for (let i = 0; i < count; i++) {
    const n = offset + i;
    const phone = `${BENCH_PHONE_PREFIX}${String((n % patients) + offset).padStart(6, '0').slice(-6)}`;
    const wamid = `${BENCH_WAMID_PREFIX}${runId}-${n.toString(36)}`;
    // Stride through the set so one patient's messages differ (a prime stride, co-prime with the set size),
    // each text made unique: the worker remembers the readings of recent texts (domain memo-by-text.ts),
    // and real patients rarely send the very same text as another patient.
    const text = texts[(n * 7) % texts.length]! + invisibleSuffix(n);
    const req = whatsappRequest({ text, from: phone, name: `Bench Patient ${n % patients}`, via: 'meta', wamid }, { config, signedBaseUrl: '' });
    out.push({ wamid, phone, body: req.body, headers: req.headers as Record<string, string> });
  }
  return out;
}

/**
 * n written in zero-width characters (U+200B for 0, U+200C for 1): the text's words, language,
 * score and triage stay what its label says (checked over the labelled set), but no two texts are equal.
 */
function invisibleSuffix(n: number): string {
  return n.toString(2).replace(/0/g, '\u200b').replace(/1/g, '\u200c');
}
