/**
 * Idempotency-Key on writes: a retried POST/PATCH/PUT/DELETE with the same key gets the first answer
 * and changes nothing twice. The middleware that enforces it is applied to every write centrally
 * (app.ts); a write route only declares the header in its request so that the OpenAPI document (and
 * the SDK generated from it) shows it:
 *
 *   request: { params: …, headers: IdempotencyHeadersSchema }
 *   request: { headers: IdempotencyHeadersSchema.extend({ 'If-Match': … }) }
 */
import { z } from '@hono/zod-openapi';

/** The header's name as declared (header names are matched case-insensitively). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** 1..255 visible ASCII characters (no spaces or control characters). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The optional Idempotency-Key header parameter of a write operation. */
export const IdempotencyKeySchema = z
  .string()
  .min(1)
  .max(255)
  .regex(IDEMPOTENCY_KEY_PATTERN)
  .optional()
  .openapi({
    param: { name: IDEMPOTENCY_KEY_HEADER, in: 'header' },
    description:
      'A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: ' +
      '1–255 visible ASCII characters, per signed-in caller. A retry with the same key and the same request ' +
      '(method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes ' +
      'nothing; the same key with a different request is 422; while the first is still running, 409 with ' +
      '`Retry-After`. An answer of 5xx is not kept (the key may be retried). Keys are kept 24 hours.',
    example: '2f1c6d3e-9b7a-4c55-8f10-6a2d9e4b7c01',
  });

/** The request headers of a write route: spread or `.extend()` it into the route's `request.headers`. */
export const IdempotencyHeadersSchema = z.object({ [IDEMPOTENCY_KEY_HEADER]: IdempotencyKeySchema });
