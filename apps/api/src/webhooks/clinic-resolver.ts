import type { Pool } from '@medicalcor/core/db/pool';
import { AppError } from '@medicalcor/core/errors/app-error';

type Attribute = 'whatsapp_phone_number_id' | 'twilio_number' | 'hubspot_portal_id' | 'id';

/**
 * Attributes an inbound event to a clinic (WhatsApp phone_number_id, Twilio To, HubSpot portalId,
 * Stripe metadata.clinic_id), else the default clinic. Answers are cached for a minute so the
 * webhook hot path does not query clinics on every request.
 */
export interface ClinicResolver {
  defaultClinicId(): string;
  resolve(attribute: Attribute, value: string | number | null | undefined): Promise<string>;
}

const TTL_MS = 60_000;

export async function createClinicResolver(pool: Pool): Promise<ClinicResolver> {
  const { rows } = await pool.query<{ id: string }>('SELECT id FROM clinics WHERE is_default');
  if (!rows[0]) throw new Error('no default clinic: migrations have not run');
  const fallback = rows[0].id;
  const cache = new Map<string, { id: string; at: number }>();
  return {
    defaultClinicId: () => fallback,
    async resolve(attribute, value) {
      if (value === null || value === undefined || value === '') return fallback;
      const text = String(value);
      if (attribute === 'id' && !/^[0-9a-f-]{36}$/i.test(text)) return fallback;
      const key = `${attribute}:${text}`;
      const hit = cache.get(key);
      if (hit && Date.now() - hit.at < TTL_MS) return hit.id;
      let result;
      try {
        result = await pool.query<{ id: string }>(`SELECT id FROM clinics WHERE ${attribute} = $1`, [text]);
      } catch (error) {
        // Database unreachable: 503 so the provider retries (never a 500, never the wrong clinic).
        throw new AppError('UNAVAILABLE', 'could not resolve the clinic; retry later', { cause: (error as Error).message });
      }
      const id = result.rows[0]?.id ?? fallback;
      if (cache.size > 10_000) cache.clear();
      cache.set(key, { id, at: Date.now() });
      return id;
    },
  };
}
