import type { FastifyRequest } from 'fastify';
import type { Pool } from '@medicalcor/core/db/pool';
import { AppError } from '@medicalcor/core/errors/app-error';
import { safeEqual } from '@medicalcor/integrations/signatures/safe-equal';
import { findActiveApiKey } from '../admin/api-keys.ts';

/**
 * The clinic a request is limited to: a key created for a clinic sees only that clinic's data;
 * the bootstrap key (ADMIN_API_KEY) sees every clinic.
 */
export function clinicScope(req: FastifyRequest): string | null {
  return (req as FastifyRequest & { admin?: AdminPrincipal }).admin?.clinicId ?? null;
}

export interface AdminPrincipal {
  keyId: string | 'bootstrap';
  clinicId: string | null;
}

/**
 * `Authorization: Bearer <api key>` for /api/v1 and /workflows. Keys are stored hashed; the
 * bootstrap key from ADMIN_API_KEY is compared in constant time. 401 otherwise.
 */
export function adminAuth(pool: Pool, bootstrapKey: string | undefined) {
  return async (req: FastifyRequest): Promise<void> => {
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new AppError('UNAUTHORIZED', 'missing bearer API key');
    const key = match[1]!;
    if (bootstrapKey && safeEqual(key, bootstrapKey)) {
      (req as FastifyRequest & { admin?: AdminPrincipal }).admin = { keyId: 'bootstrap', clinicId: null };
      return;
    }
    let found;
    try {
      found = await findActiveApiKey(pool, key);
    } catch (error) {
      throw new AppError('UNAVAILABLE', 'could not check the API key', { cause: (error as Error).message });
    }
    if (!found) throw new AppError('UNAUTHORIZED', 'invalid or revoked API key');
    (req as FastifyRequest & { admin?: AdminPrincipal }).admin = { keyId: found.id, clinicId: found.clinic_id };
  };
}
