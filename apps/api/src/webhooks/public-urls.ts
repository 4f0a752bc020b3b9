import type { FastifyRequest } from 'fastify';

/**
 * The URLs a provider may have signed (Twilio and HubSpot sign the public URL): the configured
 * PUBLIC_BASE_URL + the original path and query, then the URL as forwarded by a proxy
 * (X-Forwarded-Proto / X-Forwarded-Host), then the URL as this server saw it.
 */
export function candidateUrls(req: FastifyRequest, publicBaseUrl: string | undefined): string[] {
  const urls = new Set<string>();
  if (publicBaseUrl) urls.add(publicBaseUrl.replace(/\/+$/, '') + req.url);
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim();
  const proto = first(req.headers['x-forwarded-proto']) ?? req.protocol;
  const host = first(req.headers['x-forwarded-host']) ?? req.headers.host;
  if (host) urls.add(`${proto}://${host}${req.url}`);
  if (req.headers.host) urls.add(`${req.protocol}://${req.headers.host}${req.url}`);
  return [...urls];
}
