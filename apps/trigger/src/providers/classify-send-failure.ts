import type { SendFailureKind } from '@medicalcor/core/outbox/perform-once';
import { CircuitOpenError } from '@medicalcor/integrations/resilience/circuit-open-error';
import { isNetworkFailure } from '@medicalcor/integrations/resilience/failure-kind';
import { ProviderHttpError } from '@medicalcor/integrations/resilience/provider-http-error';
import { AmbiguousOutcomeError } from './ambiguous-outcome-error.ts';

/**
 * How the outbox treats a failed provider call (packages/core/src/outbox/perform-once.ts):
 * - 'not-sent', retried by the task: the provider answered 5xx or 429 (or Graph's rate-limit
 *   codes), the circuit was open so nothing was called, or the connection was never made (refused,
 *   DNS, connect timeout). Meta and HubSpot process nothing they answer 5xx to, as documented; this
 *   is the one assumption, and it is the one every retrying client makes.
 * - 'rejected', not retried: any other 4xx, or a request we refused to build (TypeError from the
 *   clients' own validation, before any network).
 * - 'ambiguous', never sent again: a timeout after the request went out, a connection that broke
 *   mid-request, a 2xx whose body we could not read, an abort, anything unrecognised.
 */

/** Connection failures that happen before a single byte of the request reached the provider. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

export function classifySendFailure(error: unknown): SendFailureKind {
  if (error instanceof AmbiguousOutcomeError) return 'ambiguous';
  if (error instanceof CircuitOpenError) {
    // Opened by this call's own failure: the cause tells whether that call went out.
    return error.cause === undefined ? 'not-sent' : classifySendFailure(error.cause);
  }
  if (error instanceof ProviderHttpError) return error.rateLimited || error.status >= 500 ? 'not-sent' : 'rejected';
  if (isNetworkFailure(error)) return neverConnected(error) ? 'not-sent' : 'ambiguous';
  if (error instanceof TypeError) return 'rejected';
  return 'ambiguous';
}

function neverConnected(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return NEVER_CONNECTED.has(code);
  }
  return false;
}
