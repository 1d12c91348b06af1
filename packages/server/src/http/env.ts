import type { Principal } from './principal.js';

/** Per-request values that middleware hands to handlers (Hono's `c.var`). */
export interface AppVariables {
  /** The request's Origin when CORS admits it; responses then carry the CORS headers. */
  corsOrigin: string | undefined;
  /** The caller of a secured route, once the guard (http/auth.ts) admitted them. */
  principal: Principal | undefined;
  /** The protected resource metadata URL the guard names in its challenges (RFC 9728 §5.1). */
  resourceMetadata: string | undefined;
}

export interface AppEnv {
  Variables: AppVariables;
}
