// HTTP helpers for the API: JSON bodies with a size limit, JSON errors, origin checks.
import type { Context, Next } from 'koa';

/** An error with an HTTP status and a message safe to show to the caller. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export const fail = (status: number, message: string): never => {
  throw new HttpError(status, message);
};

const MAX_BODY = 16 * 1024;
/**
 * A body past MAX_BODY is refused (413) but still read, and dropped, up to this much: a client
 * that is still sending when the answer comes would otherwise see its connection reset instead of
 * the answer. Past this the connection is cut.
 */
const MAX_DISCARD = 1024 * 1024;

/** Reads a JSON object body (at most 16 KB); an empty body is {}. */
export async function readJson(ctx: Context): Promise<Record<string, unknown>> {
  const type = ctx.get('content-type');
  const chunks = await new Promise<Buffer[]>((resolve, reject) => {
    const req = ctx.req;
    if (req.readableEnded || req.destroyed) return resolve([]); // already read (or gone): no body left
    const kept: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) {
        kept.push(chunk);
      } else if (size - chunk.length <= MAX_BODY) {
        kept.length = 0;
        reject(new HttpError(413, 'The request body is too large.'));
      } else if (size > MAX_DISCARD) {
        req.off('data', onData);
        req.destroy();
      }
    };
    req.on('data', onData);
    req.once('end', () => resolve(kept));
    req.once('error', reject);
  });
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return {};
  if (type && !type.includes('json')) fail(415, 'Send the request body as JSON.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    fail(400, 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail(400, 'The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

/** Answers every error as JSON `{ error }`; unexpected errors are logged and never leak details. */
export function errorHandler(onUnexpected: (err: unknown, ctx: Context) => void) {
  return async (ctx: Context, next: Next): Promise<void> => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined && ctx.path.startsWith('/games')) {
        ctx.status = 404;
        ctx.body = { error: 'Not found.' };
      }
    } catch (err) {
      const e = err as { status?: number; expose?: boolean; message?: string };
      const ours = err instanceof HttpError;
      const status = ours ? err.status : typeof e.status === 'number' && e.status < 500 ? e.status : 500;
      // Our own refusals (a 503 "too many matches" too) say why; an unexpected failure says nothing.
      const unexpected = !ours && status >= 500;
      ctx.status = status;
      let message = unexpected ? 'Something went wrong on the server.' : String(e.message ?? 'Bad request.');
      // boardgame.io echoes credentials in some messages ("Invalid credentials <secret>"): never send them back.
      if (/credentials/i.test(message)) message = 'Invalid credentials.';
      ctx.body = { error: message.slice(0, 300) };
      if (unexpected) onUnexpected(err, ctx);
    }
  };
}

/** Is a browser Origin header acceptable (absent means not a browser page, which CORS does not concern). */
export const originAllowed = (origin: string | undefined, origins: string[]): boolean =>
  origin === undefined || origin === '' || origins.includes(origin);
