import { createHash } from 'node:crypto';

/**
 * A statement as a named (prepared) query: node-postgres parses it once per connection and then
 * only binds and executes it, so PostgreSQL skips parsing and planning on every later call. The
 * name derives from the text, so one text has one name on every connection and two texts never
 * share one. For the hot paths whose statements are a fixed set (a job transaction's).
 */
export function prepared(text: string): { name: string; text: string } {
  let name = names.get(text);
  if (name === undefined) {
    name = `mc_${createHash('sha1').update(text).digest('hex')}`;
    if (names.size >= MAX_NAMES) names.clear();
    names.set(text, name);
  }
  return { name, text };
}

/** Distinct statement texts remembered; the app has a few hundred (a bound against text built at run time). */
const MAX_NAMES = 2_000;
const names = new Map<string, string>();
