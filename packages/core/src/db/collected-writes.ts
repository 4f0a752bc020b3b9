import type { Queryable } from './pool.ts';

/**
 * Rows a worker batch's jobs write through one Queryable, held back and written together: `collect(db)`
 * starts collecting; while it lasts, `collecting(db)` gives the list to push to instead of writing;
 * `flush` writes the list with `write` (one statement instead of one a job), `discard` drops it (the
 * batch rolled back: its jobs write again). Either ends the collecting. `flush` resolves to what `write` does
 * (e.g. the ids of the rows it inserted).
 */
export function collectedWrites<T, R = void>(write: (db: Queryable, items: T[]) => Promise<R>) {
  const collections = new WeakMap<Queryable, T[]>();
  return {
    collecting: (db: Queryable): T[] | undefined => collections.get(db),
    collect(db: Queryable): { flush(): Promise<R>; discard(): void } {
      const items: T[] = [];
      collections.set(db, items);
      return {
        async flush() {
          collections.delete(db);
          return write(db, items);
        },
        discard() {
          collections.delete(db);
        },
      };
    },
  };
}
