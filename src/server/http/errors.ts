import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';

/** A refusal the client can act on: always answered as `{ message, errors? }` with a 4xx. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly errors?: Record<string, string>,
    readonly body?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, errors?: Record<string, string>) => new ApiError(400, message, errors);
export const notFound = (what: string) => new ApiError(404, `${what} not found`);
export const conflict = (message: string, body?: Record<string, unknown>) =>
  new ApiError(409, message, undefined, body);

/** Zod issues as `{ "path.to.field": "message" }`, the shape react-admin shows under inputs. */
export function zodErrors(error: ZodError, prefix = ''): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'body';
    errors[key] ??= issue.message;
  }
  return errors;
}

// PostgreSQL error classes that mean "your input broke a rule", not "we have a bug".
const CLIENT_SQLSTATES: Record<string, [ContentfulStatusCode, string]> = {
  '23505': [409, 'conflicts with an existing record'],
  '23503': [409, 'refers to a record that does not exist'],
  '23514': [422, 'violates a data rule'],
  '22P02': [400, 'invalid value'],
  '22003': [400, 'number out of range'],
  '22007': [400, 'invalid date'],
  '22008': [400, 'date out of range'],
  // Two transactions crossed (deadlock / serialization): nothing was written; the client may retry.
  '40P01': [409, 'a concurrent change got in the way; nothing was saved, please try again'],
  '40001': [409, 'a concurrent change got in the way; nothing was saved, please try again'],
};

export function onError(err: Error, c: Context) {
  if (err instanceof ApiError) {
    return c.json({ message: err.message, ...(err.errors ? { errors: err.errors } : {}), ...err.body }, err.status);
  }
  if (err instanceof ZodError) {
    return c.json({ message: 'invalid input', errors: zodErrors(err) }, 400);
  }
  if (err instanceof HTTPException) {
    // A route declaring a JSON body refuses another Content-Type with 415;
    // our API has always answered a body that is not JSON with a 400.
    if (err.status === 415) return c.json({ message: 'the body must be JSON (Content-Type: application/json)' }, 400);
    // Hono's own refusals (e.g. malformed JSON body) keep their status but get our shape.
    return c.json({ message: err.message || 'bad request' }, err.status as ContentfulStatusCode);
  }
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && CLIENT_SQLSTATES[code]) {
    const [status, message] = CLIENT_SQLSTATES[code];
    return c.json({ message }, status);
  }
  console.error(`[${c.req.method} ${c.req.path}]`, err);
  return c.json({ message: 'internal error' }, 500);
}
