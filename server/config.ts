// Every setting of the server, read from the environment in one place, with safe defaults.
import { resolve } from 'node:path';

export interface Config {
  /** PORT: the one port for the page, the lobby API and the game sockets. */
  port: number;
  /** HOST: the interface to listen on. */
  host: string;
  /** DATA_DIR: where the SQLite file lives (created on first start). */
  dataDir: string;
  /** ORIGINS: comma-separated origins allowed to call the API and open sockets. */
  origins: string[];
  /** MATCH_TTL_HOURS: finished matches are deleted this long after they end. */
  finishedTtlMs: number;
  /** IDLE_TTL_HOURS: unfinished matches nobody touched for this long are deleted. */
  idleTtlMs: number;
  /** SWEEP_MINUTES: how often old matches are swept. */
  sweepMs: number;
  /** BOT_DELAY_MS: the pause before a bot acts, so people can follow (kept under 1 s). */
  botDelayMs: number;
  /** LOG_LEVEL: debug, info, warn or error. */
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** CLIENT_DIR: the built client to serve. */
  clientDir: string;
  /** MAX_MATCHES: refuse to create matches past this many unfinished ones (protects memory and disk). */
  maxMatches: number;
  /** TURN_TIMER_SCALE: multiplies every seminar turn timer (for tests and demos; 1 in a class). */
  turnTimerScale: number;
}

/** A number setting (whole or not) within [min, max]. */
function int(env: NodeJS.ProcessEnv, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max} (got "${raw}")`);
  return n;
}

/** Reads the configuration; throws a clear error for a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env, 'PORT', 8000, 0, 65535);
  const host = env.HOST || '0.0.0.0';
  const defaults = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  const origins = env.ORIGINS ? env.ORIGINS.split(',').map((o) => o.trim()).filter(Boolean) : defaults;
  const level = (env.LOG_LEVEL || 'info').toLowerCase();
  if (!['debug', 'info', 'warn', 'error'].includes(level)) throw new Error(`LOG_LEVEL must be debug, info, warn or error (got "${env.LOG_LEVEL}")`);
  return {
    port,
    host,
    dataDir: resolve(env.DATA_DIR || 'data'),
    origins,
    finishedTtlMs: int(env, 'MATCH_TTL_HOURS', 24 * 7, 0, 24 * 365) * 3_600_000,
    idleTtlMs: int(env, 'IDLE_TTL_HOURS', 24 * 30, 0, 24 * 365) * 3_600_000,
    sweepMs: int(env, 'SWEEP_MINUTES', 60, 1, 24 * 60) * 60_000,
    botDelayMs: int(env, 'BOT_DELAY_MS', 600, 0, 900),
    logLevel: level as Config['logLevel'],
    clientDir: resolve(env.CLIENT_DIR || 'dist/client'),
    maxMatches: int(env, 'MAX_MATCHES', 5000, 1, 1_000_000),
    turnTimerScale: int(env, 'TURN_TIMER_SCALE', 1, 0.001, 10),
  };
}
