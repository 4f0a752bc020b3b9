import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '@medicalcor/core/db/pool';

/**
 * Admin API keys: `mc_` + 32 random bytes (base64url). Only a SHA-256 hash is stored — the key is
 * high-entropy, so a fast hash is enough to make a leaked table useless — plus a short prefix so
 * staff can tell keys apart.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export async function createApiKey(db: Queryable, input: { name: string; clinicId: string }) {
  const key = `mc_${randomBytes(32).toString('base64url')}`;
  const { rows } = await db.query<{ id: string; prefix: string; created_at: Date }>(
    'INSERT INTO api_keys (clinic_id, name, prefix, key_hash) VALUES ($1, $2, $3, $4) RETURNING id, prefix, created_at',
    [input.clinicId, input.name, key.slice(0, 10), hashApiKey(key)],
  );
  return { ...rows[0]!, key };
}

export async function revokeApiKey(db: Queryable, idOrPrefix: string): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE api_keys SET revoked_at = now()
      WHERE revoked_at IS NULL AND (id::text = $1 OR prefix = $1)`,
    [idOrPrefix],
  );
  return rowCount ?? 0;
}

export async function listApiKeys(db: Queryable) {
  const { rows } = await db.query<{ id: string; name: string; prefix: string; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }>(
    'SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM api_keys ORDER BY created_at',
  );
  return rows;
}

export async function findActiveApiKey(db: Queryable, key: string) {
  const { rows } = await db.query<{ id: string; clinic_id: string }>(
    `UPDATE api_keys SET last_used_at = now() WHERE key_hash = $1 AND revoked_at IS NULL RETURNING id, clinic_id`,
    [hashApiKey(key)],
  );
  return rows[0] ?? null;
}
