import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The command as typed, with the database password hidden (recorded with each bench run). */
export function commandLine(script: string, argv: string[], url: string | undefined): string {
  const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  const prefix = url ? `DATABASE_URL=${quote(url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@'))} ` : '';
  return `${prefix}npx -y pnpm@10 ${script}${argv.length ? ` ${argv.map(quote).join(' ')}` : ''}`;
}

/** The commit measured, and any uncommitted files under `paths` that the figures include. */
export function codeVersion(paths: string[]): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const head = git('rev-parse', '--short', 'HEAD').trim();
    const changed = git('status', '--porcelain', '--', ...paths).split('\n').filter(Boolean).map((line) => line.slice(3));
    if (changed.length === 0) return `commit ${head}`;
    const shown = changed.slice(0, 8).join(', ') + (changed.length > 8 ? `, … (${changed.length} files)` : '');
    return `commit ${head} + uncommitted changes: ${shown}`;
  } catch {
    return 'unknown (no git)';
  }
}

/** The bench's flags from its command line; a bad flag prints why and exits 2 (nothing is run). */
export function flagsOrExit<F>(bench: string, parse: (argv: string[]) => F): F {
  try {
    return parse(process.argv.slice(2));
  } catch (error) {
    console.error(`${bench}: ${(error as Error).message}`);
    process.exit(2);
  }
}
