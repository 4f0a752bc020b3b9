import type { z } from 'zod';
import { ProviderResponseError } from './provider-response-error.ts';

/**
 * Validates a provider's 2xx answer against the zod schema of the fields we use. A mismatch is a
 * ProviderResponseError (not retried). Issue texts name paths and expectations, never values.
 */
export function parseProviderResponse<S extends z.ZodType>(provider: string, what: string, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ProviderResponseError(
    provider,
    what,
    parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}
