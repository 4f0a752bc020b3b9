/**
 * `pnpm eval:scoring [file]` — accuracy of the rule scorer and red-flag recall of triage on a
 * labelled set: a JSON array of { text, lang, class: HOT|WARM|COLD|UNQUALIFIED, redFlag }.
 * Default: the checked-in set. Exits 1 only when the file cannot be read or is invalid.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateScoring, formatEvaluation, parseLabelledMessages } from '@medicalcor/domain/scoring/eval/evaluate-scoring';

const DEFAULT_FILE = new URL('../packages/domain/src/scoring/eval/labelled-messages.json', import.meta.url);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const argument = process.argv[2];
const path = argument ? resolve(process.cwd(), argument) : DEFAULT_FILE;
const label = argument ? path : 'packages/domain/src/scoring/eval/labelled-messages.json';

let raw: string;
try {
  raw = readFileSync(path, 'utf8');
} catch (error) {
  fail(`eval:scoring: cannot read ${label}: ${(error as Error).message}`);
}

let json: unknown;
try {
  json = JSON.parse(raw);
} catch (error) {
  fail(`eval:scoring: ${label} is not valid JSON: ${(error as Error).message}`);
}

const parsed = parseLabelledMessages(json);
if (!parsed.ok) fail(`eval:scoring: ${label} is not a labelled set ([{ text, lang, class, redFlag }]):\n${parsed.error}`);

console.log(`labelled set: ${label}`);
for (const line of formatEvaluation(evaluateScoring(parsed.messages))) console.log(line);
