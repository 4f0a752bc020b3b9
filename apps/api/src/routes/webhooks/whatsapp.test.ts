import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queuedJobs, startTestGateway, type TestGateway } from '../../testing/test-gateway.ts';
import { signedWhatsApp, whatsappTextPayload } from '../../testing/whatsapp-fixtures.ts';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => gw?.close());

const secret = () => gw.config.WHATSAPP_APP_SECRET[0]!;
const post = (body: string, headers: Record<string, string>) =>
  gw.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: body, headers });

describe('POST /webhooks/whatsapp', () => {
  it('commits a signed message with its job, then acknowledges', async () => {
    const payload = whatsappTextPayload({ wamid: 'wamid.accept-1' });
    const { body, headers } = signedWhatsApp(payload, secret());
    const res = await post(body, { ...headers, 'x-correlation-id': 'corr-accept-1' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-correlation-id']).toBe('corr-accept-1');
    const { rows } = await gw.db.pool.query("SELECT * FROM webhook_events WHERE dedupe_key = 'message:wamid.accept-1'");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ provider: 'whatsapp', status: 'pending', task_id: 'whatsapp-handler', correlation_id: 'corr-accept-1' });
    expect(rows[0].raw_body).toBe(body); // the exact bytes, Meta's \u escapes included
    const jobs = (await queuedJobs(gw.db, 'whatsapp-handler')).filter((j) => j.data.eventId === rows[0].id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toEqual({ eventId: rows[0].id, clinicId: rows[0].clinic_id, correlationId: 'corr-accept-1' });
  });

  it('answers a duplicate delivery 200 and enqueues nothing more', async () => {
    const { body, headers } = signedWhatsApp(whatsappTextPayload({ wamid: 'wamid.dup-1' }), secret());
    for (let i = 0; i < 3; i++) expect((await post(body, headers)).statusCode).toBe(200);
    const { rows } = await gw.db.pool.query("SELECT id FROM webhook_events WHERE dedupe_key = 'message:wamid.dup-1'");
    expect(rows).toHaveLength(1);
    expect((await queuedJobs(gw.db, 'whatsapp-handler')).filter((j) => j.data.eventId === rows[0].id)).toHaveLength(1);
  });

  it.each([
    ['tampered body', (b: string, h: Record<string, string>) => [b.replace('implant', 'implanT'), h]],
    ['wrong secret', (b: string, h: Record<string, string>) => [b, { ...h, ...signedWhatsApp(JSON.parse(b), 'not-the-secret').headers }]],
    ['no signature', (b: string, h: Record<string, string>) => [b, { 'content-type': h['content-type']! }]],
  ] as const)('rejects a %s with 401 and stores nothing', async (_name, mutate) => {
    const wamid = `wamid.reject-${_name.replace(/\s/g, '-')}`;
    const { body, headers } = signedWhatsApp(whatsappTextPayload({ wamid }), secret());
    const [b, h] = mutate(body, headers) as [string, Record<string, string>];
    const res = await post(b, h);
    expect(res.statusCode).toBe(401);
    const { rowCount } = await gw.db.pool.query('SELECT 1 FROM webhook_events WHERE dedupe_key = $1', [`message:${wamid}`]);
    expect(rowCount).toBe(0);
  });

  it('rejects a signed body that is not JSON or not a WhatsApp payload with 400', async () => {
    const notJson = signedWhatsApp('x', secret());
    const res1 = await post('{"object": ', { ...notJson.headers, 'x-hub-signature-256': signedWhatsApp('', secret()).headers['x-hub-signature-256'] });
    expect(res1.statusCode).toBe(401); // signature was for another body
    const { body, headers } = signedWhatsApp({ object: 'whatsapp_business_account', entry: [{ id: 1 }] }, secret());
    const res2 = await post(body, headers);
    expect(res2.statusCode).toBe(400);
    expect(res2.json()).toMatchObject({ error: 'BAD_REQUEST' });
  });

  it('answers 413 to a body over 1 MiB', async () => {
    const big = 'x'.repeat(1024 * 1024 + 10);
    const res = await post(big, { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=00' });
    expect(res.statusCode).toBe(413);
  });

  it('completes the GET verification handshake with the raw challenge', async () => {
    const ok = await gw.app.inject({
      method: 'GET',
      url: `/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${gw.config.WHATSAPP_VERIFY_TOKEN}`,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toMatch(/^text\/plain/);
    expect(ok.body).toBe('1158201444');
    const bad = await gw.app.inject({ method: 'GET', url: '/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1&hub.verify_token=wrong' });
    expect(bad.statusCode).toBe(403);
  });
});
