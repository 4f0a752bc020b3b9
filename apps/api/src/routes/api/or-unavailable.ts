import { AppError } from '@medicalcor/core/errors/app-error';

/** Runs a database call for an admin route: our own AppErrors pass through, a database failure is a 503. */
export async function orUnavailable<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('UNAVAILABLE', 'database unavailable', { cause: (error as Error).message });
  }
}
