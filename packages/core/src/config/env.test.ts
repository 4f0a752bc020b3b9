import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_SECRETS, loadConfig } from './env.ts';

describe('loadConfig', () => {
  it('runs on nothing configured, with the documented dev secrets (never unsigned)', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.WORKFLOW_ENGINE).toBe('local');
    expect(config.PORT).toBe(3000);
    expect(config.WHATSAPP_APP_SECRET).toEqual([DEV_SECRETS.WHATSAPP_APP_SECRET]);
    expect(config.STRIPE_WEBHOOK_SECRET).toEqual([DEV_SECRETS.STRIPE_WEBHOOK_SECRET]);
    expect(config.usingDevSecrets).toContain('HUBSPOT_CLIENT_SECRET');
  });

  it('reads comma-separated secrets for rotation', () => {
    const config = loadConfig({ STRIPE_WEBHOOK_SECRET: 'whsec_old, whsec_new', TWILIO_AUTH_TOKEN: 'a,b' });
    expect(config.STRIPE_WEBHOOK_SECRET).toEqual(['whsec_old', 'whsec_new']);
    expect(config.TWILIO_AUTH_TOKEN).toEqual(['a', 'b']);
  });

  it('names every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', WORKFLOW_ENGINE: 'cloud', DATABASE_URL: 'not a url' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/WORKFLOW_ENGINE/);
    expect(problems).toMatch(/DATABASE_URL/);
  });

  it('refuses to start a production gateway with a webhook secret missing', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', WHATSAPP_APP_SECRET: 'x' })).toThrow(/STRIPE_WEBHOOK_SECRET: required in production/);
  });

  it('lets production task runners start without the gateway-only settings, and without dev secrets', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }, { role: 'tasks' });
    expect(config.WHATSAPP_APP_SECRET).toEqual([]);
    expect(config.ADMIN_API_KEY).toBeUndefined();
  });

  it('requires a Trigger.dev key with WORKFLOW_ENGINE=trigger', () => {
    expect(() => loadConfig({ WORKFLOW_ENGINE: 'trigger' })).toThrow(/TRIGGER_SECRET_KEY/);
  });
});
