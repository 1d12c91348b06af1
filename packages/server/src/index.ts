export { type AppDeps, createApp, type IcraApp } from './app.js';
export {
  type OpenDatabaseOptions,
  type OpenedDatabase,
  openDatabase,
  openPgliteDatabase,
  openPostgresDatabase,
  type PgliteDatabaseOptions,
  type PostgresDatabaseOptions,
  type SeedOption,
} from './database.js';
export type {
  AfterMigrate,
  ContentChange,
  ContentChangeListener,
  Database,
  DatabaseKind,
  Db,
} from './db/database.js';
export type { Authority, AuthorityPage } from './features/authorities/schemas.js';
export type { Health } from './features/health/schemas.js';
export { rotateSigningKey } from './features/identity/keys.js';
export type { OidcSettings } from './features/identity/oidc.js';
export {
  DemoPopulationRegistry,
  type Person,
  type PopulationRegistry,
} from './features/identity/registry.js';
export type { Me, Notification, NotificationPage } from './features/identity/schemas.js';
export type { Image, NewsArticle, NewsPage, NewsSummary } from './features/news/schemas.js';
export type { Lang } from './http/lang.js';
export type { Principal, PrincipalKind } from './http/principal.js';
export type { FieldError, Problem } from './http/problem.js';
export { PublicReadCache, type PublicReadCacheOptions } from './http/public-cache.js';
export { type OpenApiDocument, openApiDocument } from './openapi.js';
export { ConfigError, type RunningServer, type StartOptions, startServer } from './server.js';
