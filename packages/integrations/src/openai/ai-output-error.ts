/**
 * The model answered, but not with usable structured output. Not retried (asking again costs
 * money and usually fails the same way): the caller falls back to the rule-based method and
 * records why.
 */
export type AiOutputFailure = 'empty' | 'refusal' | 'truncated' | 'content_filter' | 'invalid_json' | 'schema_mismatch';

export class AiOutputError extends Error {
  readonly reason: AiOutputFailure;
  /** Schema issues (paths and expectations, no values) when reason is schema_mismatch. */
  readonly issues: readonly string[];

  constructor(reason: AiOutputFailure, issues: readonly string[] = [], cause?: unknown) {
    super(`AI output unusable: ${reason}${issues.length > 0 ? ` (${issues.join('; ')})` : ''}`, { cause });
    this.name = 'AiOutputError';
    this.reason = reason;
    this.issues = issues;
  }
}
