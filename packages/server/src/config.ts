/**
 * The server's configuration, read from the environment and validated with zod. An empty variable
 * counts as unset.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './http/rate-limit.js';

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no']))
  .transform((value) => ['1', 'true', 'on', 'yes'].includes(value));

const count = (max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, `must be 0–${max}`)
    .max(max, `must be 0–${max}`);

/** How many ballots are folded into the public tallies at once, by default (ICRA_BALLOT_BATCH). */
export const DEFAULT_BALLOT_BATCH = 5;

export const ConfigSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number (0–65535)' })
    .int('must be a whole number')
    .min(0, 'must be 0–65535')
    .max(65535, 'must be 0–65535')
    .default(8787),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  ICRA_DATA_DIR: z.string().min(1).default('./.data/pglite'),
  DATABASE_URL: z
    .string()
    .refine((value) => /^postgres(ql)?:\/\/./.test(value) && URL.canParse(value), {
      error: 'must be a postgres:// or postgresql:// URL',
    })
    .optional(),
  ICRA_DEMO: flag.default(true),
  ICRA_WIDGETS_DIR: z.string().min(1).optional(),
  ICRA_PUBLIC_URL: z
    .string()
    .refine((value) => /^https?:\/\/[^/]+\/?$/.test(value) && URL.canParse(value), {
      error: 'must be an http(s) origin such as https://portal.example.az (no path)',
    })
    .optional(),
  ICRA_OIDC_ISSUER: z
    .string()
    .refine(
      (value) => {
        if (!URL.canParse(value)) return false;
        const url = new URL(value);
        return (
          url.protocol === 'https:' ||
          (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
        );
      },
      { error: 'must be an https:// URL (http:// only on this machine)' },
    )
    .optional(),
  ICRA_OIDC_CLIENT_ID: z.string().min(1).optional(),
  ICRA_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  ICRA_OIDC_FIN_CLAIM: z.string().min(1).default('fin'),
  ICRA_RATE_LIMIT_WINDOW: count(86_400)
    .refine((value) => value > 0, { error: 'must be 1–86400 (seconds)' })
    .default(DEFAULT_RATE_LIMITS.windowSeconds),
  ICRA_RATE_LIMIT_SIGN_IN_PER_IP: count(1_000_000).default(DEFAULT_RATE_LIMITS.signInPerIp),
  ICRA_RATE_LIMIT_SIGN_IN_PER_CLIENT: count(1_000_000).default(DEFAULT_RATE_LIMITS.signInPerClient),
  ICRA_RATE_LIMIT_WRITES: count(1_000_000).default(DEFAULT_RATE_LIMITS.writesPerPrincipal),
  ICRA_TRUSTED_PROXIES: count(10).default(0),
  ICRA_BALLOT_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)')
    .optional(),
  ICRA_BALLOT_BATCH: count(1_000)
    .refine((value) => value >= 2, { error: 'must be 2–1000 (ballots folded into the tallies at once)' })
    .default(DEFAULT_BALLOT_BATCH),
});

/** Variables whose values are secrets. */
const SECRET_VARIABLES: ReadonlySet<string> = new Set(['ICRA_BALLOT_SECRET', 'ICRA_OIDC_CLIENT_SECRET']);

export interface ServerConfig {
  port: number;
  host: string;
  /** PGlite data folder, absolute; unused when databaseUrl is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  /** The explicit ICRA_WIDGETS_DIR, absolute, if set. */
  widgetsDir: string | undefined;
  /** ICRA_PUBLIC_URL without a trailing slash, if set (else the address listened on, http://<host>:<port>). */
  publicUrl: string | undefined;
  /** The external OpenID Connect issuer, when ICRA_OIDC_ISSUER is set. */
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined; finClaim: string } | undefined;
  /** Rate limits of sign-in and of writes (0: off). */
  rateLimits: RateLimits;
  /** How many proxies in front of the server append to X-Forwarded-For (0: the socket address is the client's). */
  trustedProxies: number;
  /**
   * ICRA_BALLOT_SECRET, the key the ballot box is sealed with (never stored in the database).
   * Required with DATABASE_URL; without it PGlite keeps one in `<dataDir>.ballot-secret`.
   */
  ballotSecret: string | undefined;
  /** ICRA_BALLOT_BATCH: ballots are added to the public tallies this many at a time. */
  ballotBatch: number;
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; errors: string[] };

export function loadConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const present = Object.fromEntries(
    Object.keys(ConfigSchema.shape)
      .map((key) => [key, env[key]] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        // A secret's value is never repeated in an error (it would end up in a log).
        const value = SECRET_VARIABLES.has(name) ? undefined : present[name];
        return `${name}${value === undefined ? '' : `=${JSON.stringify(value)}`}: ${issue.message}`;
      }),
    };
  }
  const c = parsed.data;
  const widgetsDir = c.ICRA_WIDGETS_DIR === undefined ? undefined : resolve(c.ICRA_WIDGETS_DIR);
  if (widgetsDir !== undefined && !isDirectory(widgetsDir)) {
    return { ok: false, errors: [`ICRA_WIDGETS_DIR=${JSON.stringify(c.ICRA_WIDGETS_DIR)}: is not a folder`] };
  }
  if (c.ICRA_OIDC_ISSUER !== undefined && c.ICRA_OIDC_CLIENT_ID === undefined) {
    return { ok: false, errors: ['ICRA_OIDC_CLIENT_ID: is required with ICRA_OIDC_ISSUER'] };
  }
  if (c.DATABASE_URL !== undefined && c.ICRA_BALLOT_SECRET === undefined) {
    return {
      ok: false,
      errors: [
        'ICRA_BALLOT_SECRET: is required with DATABASE_URL (the same value on every instance, at least 32 ' +
          'characters, kept outside the database: the ballot box is sealed with it)',
      ],
    };
  }
  return {
    ok: true,
    config: {
      port: c.PORT,
      host: c.HOST,
      dataDir: resolve(c.ICRA_DATA_DIR),
      databaseUrl: c.DATABASE_URL,
      demo: c.ICRA_DEMO,
      widgetsDir,
      publicUrl: c.ICRA_PUBLIC_URL?.replace(/\/+$/, ''),
      oidc:
        c.ICRA_OIDC_ISSUER === undefined
          ? undefined
          : {
              issuer: c.ICRA_OIDC_ISSUER,
              clientId: c.ICRA_OIDC_CLIENT_ID!,
              clientSecret: c.ICRA_OIDC_CLIENT_SECRET,
              finClaim: c.ICRA_OIDC_FIN_CLAIM,
            },
      rateLimits: {
        windowSeconds: c.ICRA_RATE_LIMIT_WINDOW,
        signInPerIp: c.ICRA_RATE_LIMIT_SIGN_IN_PER_IP,
        signInPerClient: c.ICRA_RATE_LIMIT_SIGN_IN_PER_CLIENT,
        writesPerPrincipal: c.ICRA_RATE_LIMIT_WRITES,
      },
      trustedProxies: c.ICRA_TRUSTED_PROXIES,
      ballotSecret: c.ICRA_BALLOT_SECRET,
      ballotBatch: c.ICRA_BALLOT_BATCH,
    },
  };
}

/**
 * The dist/ folder of the installed @icra/widgets package, found at run time. The server does not
 * depend on @icra/widgets (that would make a cycle: widgets → sdk → server), so it may be absent.
 */
export function findInstalledWidgets(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('@icra/widgets/package.json');
    const dist = join(dirname(manifest), 'dist');
    return isDirectory(dist) ? dist : undefined;
  } catch {
    return undefined;
  }
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
