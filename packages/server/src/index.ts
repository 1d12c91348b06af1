export { type AppDeps, closeApp, createApp, type IcraApp } from './app.js';
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
export type { Authority, AuthorityPage } from './features/authorities/index.js';
export type { Health } from './features/health/index.js';
export {
  DemoPopulationRegistry,
  type Me,
  type Notification,
  type NotificationPage,
  type OidcSettings,
  type Person,
  type PopulationRegistry,
  rotateSigningKey,
} from './features/identity/index.js';
export type { Image, NewsArticle, NewsPage, NewsSummary } from './features/news/index.js';
export type { Lang } from './http/lang.js';
export type { Principal, PrincipalKind } from './http/principal.js';
export type { FieldError, Problem } from './http/problem.js';
export { PublicReadCache, type PublicReadCacheOptions } from './http/public-cache.js';
export { type OpenApiDocument, openApiDocument } from './openapi.js';
export { ConfigError, type RunningServer, type StartOptions, startServer } from './server.js';
