/** Per-request values that middleware hands to handlers (Hono's `c.var`). */
export interface AppVariables {
  /** The request's Origin when CORS admits it; responses then carry the CORS headers. */
  corsOrigin: string | undefined;
}

export interface AppEnv {
  Variables: AppVariables;
}
