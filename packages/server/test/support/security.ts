/** What an operation's OpenAPI security requirement says about who may call it. */
import type { SecurityRequirement } from '../../src/http/auth.js';

/** Whether anyone may call it: it needs nothing (`[]`), or one of its alternatives is `{}`. */
export function isOpenToAnyone(security: SecurityRequirement[] | undefined): boolean {
  if (security === undefined) throw new Error('an operation without a security requirement');
  return security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0);
}
