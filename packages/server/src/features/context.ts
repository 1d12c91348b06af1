import type { DatabaseKind, Db } from '../db/database.js';
import type { PublicReadCache } from '../http/public-cache.js';

/** What the handlers of a feature use. */
export interface FeatureContext {
  readonly db: Db;
  readonly databaseKind: DatabaseKind;
  readonly cache: PublicReadCache;
}

/**
 * Handlers get their context through this function, so the routes (and the OpenAPI document they
 * make) can be built without a database: see openApiDocument().
 */
export type FeatureContextProvider = () => FeatureContext;
