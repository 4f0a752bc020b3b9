import { z } from 'zod';

/**
 * The one place that reads process.env. Every variable of the configuration contract
 * (DESIGN.md) is validated here once, at start-up. Secrets that rotate accept a
 * comma-separated list. Outside production, missing webhook secrets fall back to the
 * documented dev secrets (README "Dev secrets"): requests are still verified, never unsigned.
 */

export const DEV_SECRETS = {
  WHATSAPP_APP_SECRET: 'dev-whatsapp-app-secret',
  WHATSAPP_VERIFY_TOKEN: 'dev-whatsapp-verify-token',
  D360_WEBHOOK_SECRET: 'dev-360dialog-secret',
  TWILIO_AUTH_TOKEN: 'dev-twilio-auth-token',
  STRIPE_WEBHOOK_SECRET: 'whsec_dev_stripe_webhook_secret',
  VAPI_WEBHOOK_SECRET: 'dev-vapi-secret',
  HUBSPOT_CLIENT_SECRET: 'dev-hubspot-client-secret',
  ADMIN_API_KEY: 'dev-admin-api-key',
} as const;

const list = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: optionalString.pipe(z.url({ message: 'must be a postgres:// URL' }).optional()),
  DATA_DIR: z.string().default('.data'),
  REDIS_URL: optionalString.pipe(z.url({ message: 'must be a redis:// URL' }).optional()),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_BASE_URL: optionalString.pipe(z.url().optional()),
  WORKFLOW_ENGINE: z.enum(['local', 'trigger']).default('local'),
  TRIGGER_SECRET_KEY: optionalString,
  TRIGGER_API_URL: z.url().default('https://api.trigger.dev'),
  WHATSAPP_APP_SECRET: list,
  WHATSAPP_VERIFY_TOKEN: optionalString,
  D360_WEBHOOK_SECRET: list,
  D360_API_KEY: optionalString,
  D360_BASE_URL: z.url().default('https://waba-v2.360dialog.io'),
  /** Which WhatsApp API sends: 'cloud' (Meta Graph) or '360dialog'. Default: 360dialog when D360_API_KEY is set. */
  WHATSAPP_PROVIDER: z.enum(['cloud', '360dialog']).optional(),
  WHATSAPP_ACCESS_TOKEN: optionalString,
  WHATSAPP_PHONE_NUMBER_ID: optionalString,
  WHATSAPP_GRAPH_BASE_URL: z.url().default('https://graph.facebook.com'),
  TWILIO_ACCOUNT_SID: optionalString,
  TWILIO_AUTH_TOKEN: list,
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: list,
  VAPI_API_KEY: optionalString,
  VAPI_WEBHOOK_SECRET: list,
  HUBSPOT_ACCESS_TOKEN: optionalString,
  HUBSPOT_CLIENT_SECRET: list,
  HUBSPOT_BASE_URL: z.url().default('https://api.hubapi.com'),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  ADMIN_API_KEY: optionalString,
  ADMIN_ORIGIN: z.string().default('http://localhost:3001'),
  /** Proxies trusted for X-Forwarded-For (client IP for rate limits): false, true, a hop count, or IPs/CIDRs. */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v): boolean | number | string[] =>
      v === 'true' ? true : v === 'false' || v === '' ? false : /^\d+$/.test(v) ? Number(v) : v.split(',').map((s) => s.trim())),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_CLINIC_COUNTRY: z.string().length(2).default('RO'),
  /** Worker jobs processed at once per queue in one worker process. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(8),
  /** Jobs of one queue a worker slot takes at once when they are waiting, run in one transaction (1 = one at a time). */
  WORKER_BATCH_SIZE: z.coerce.number().int().min(1).max(200).default(100),
  /** Seconds without a heartbeat after which a job held by a dead worker is retried (>= 10). */
  JOB_HEARTBEAT_SECONDS: z.coerce.number().int().min(10).default(30),
  /** Seconds given to in-flight requests and running jobs on SIGTERM before exit. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).default(25),
});

type Env = z.output<typeof envSchema>;

const WEBHOOK_SECRETS = [
  'WHATSAPP_APP_SECRET',
  'WHATSAPP_VERIFY_TOKEN',
  'TWILIO_AUTH_TOKEN',
  'STRIPE_WEBHOOK_SECRET',
  'VAPI_WEBHOOK_SECRET',
  'HUBSPOT_CLIENT_SECRET',
] as const;

export type Config = Omit<Env, 'WHATSAPP_VERIFY_TOKEN'> & {
  WHATSAPP_VERIFY_TOKEN: string;
  /** Names of secrets that fell back to the documented dev value. */
  usingDevSecrets: string[];
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * `role`: 'gateway' (default) enforces the production rules for webhook secrets, PUBLIC_BASE_URL
 * and ADMIN_API_KEY; 'tasks' (the worker, tasks deployed on Trigger.dev) does not need them.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, options: { role?: 'gateway' | 'tasks' } = {}): Config {
  const gateway = (options.role ?? 'gateway') === 'gateway';
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const env = parsed.data;
  const problems: string[] = [];
  const usingDevSecrets: string[] = [];
  const isProduction = env.NODE_ENV === 'production';

  for (const name of WEBHOOK_SECRETS) {
    const value = env[name];
    const missing = value === undefined || (Array.isArray(value) && value.length === 0);
    if (!missing) continue;
    if (isProduction) {
      if (gateway) problems.push(`${name}: required in production (the webhook route would otherwise accept unsigned requests)`);
      continue;
    }
    usingDevSecrets.push(name);
  }
  if (isProduction && gateway && !env.PUBLIC_BASE_URL) problems.push('PUBLIC_BASE_URL: required in production (Twilio and HubSpot sign the public URL)');
  if (isProduction && gateway && !env.ADMIN_API_KEY) problems.push('ADMIN_API_KEY: required in production');
  if (env.WORKFLOW_ENGINE === 'trigger' && !env.TRIGGER_SECRET_KEY) {
    problems.push('TRIGGER_SECRET_KEY: required when WORKFLOW_ENGINE=trigger');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const orDev = (name: keyof typeof DEV_SECRETS, value: string[]) =>
    value.length > 0 ? value : usingDevSecrets.includes(name) ? [DEV_SECRETS[name]] : value;

  return {
    ...env,
    WHATSAPP_APP_SECRET: orDev('WHATSAPP_APP_SECRET', env.WHATSAPP_APP_SECRET),
    WHATSAPP_VERIFY_TOKEN: env.WHATSAPP_VERIFY_TOKEN ?? DEV_SECRETS.WHATSAPP_VERIFY_TOKEN,
    D360_WEBHOOK_SECRET:
      env.D360_WEBHOOK_SECRET.length > 0 || isProduction ? env.D360_WEBHOOK_SECRET : [DEV_SECRETS.D360_WEBHOOK_SECRET],
    TWILIO_AUTH_TOKEN: orDev('TWILIO_AUTH_TOKEN', env.TWILIO_AUTH_TOKEN),
    STRIPE_WEBHOOK_SECRET: orDev('STRIPE_WEBHOOK_SECRET', env.STRIPE_WEBHOOK_SECRET),
    VAPI_WEBHOOK_SECRET: orDev('VAPI_WEBHOOK_SECRET', env.VAPI_WEBHOOK_SECRET),
    HUBSPOT_CLIENT_SECRET: orDev('HUBSPOT_CLIENT_SECRET', env.HUBSPOT_CLIENT_SECRET),
    ADMIN_API_KEY: env.ADMIN_API_KEY ?? (isProduction ? undefined : DEV_SECRETS.ADMIN_API_KEY),
    usingDevSecrets,
  };
}
