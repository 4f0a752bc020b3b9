import { LRUCache } from 'lru-cache';

/**
 * A pure reading of a message's text (its language, symptoms, scoring signals), remembered for the
 * texts read lately. The pipeline reads one message several times: triage and the scorer both look
 * for symptoms, each later message of the patient re-reads the earlier ones as context, an
 * escalation triages the message again. Results are frozen (shared between callers: a mutation
 * throws instead of changing what the next caller gets); a Map inside one is left as it is.
 */
export function memoByText<T extends object>(read: (text: string, language: string) => T, max = 2_000): (text: string, language: string) => T {
  const cache = new LRUCache<string, T>({ max });
  return (text, language) => {
    const key = `${language}\u0000${text}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = deepFreeze(read(text, language));
      cache.set(key, value);
    }
    return value;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Map) && !(value instanceof Set)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
