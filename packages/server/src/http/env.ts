import type { Principal } from './principal.js';

/** Per-request values that middleware hands to handlers (Hono's `c.var`). */
export interface AppVariables {
  /** The request's Origin when CORS admits it; responses then carry the CORS headers. */
  corsOrigin: string | undefined;
  /** The caller of a secured route, once the guard (http/auth.ts) admitted them. */
  principal: Principal | undefined;
}

export interface AppEnv {
  Variables: AppVariables;
}
