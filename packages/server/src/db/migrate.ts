import { migrationsDir } from '../paths.js';

/**
 * The one migration set (drizzle/, written by drizzle-kit from src/db/schema.ts), applied at start-up
 * to PGlite and PostgreSQL alike by drizzle's migrator.
 */
export const migrationConfig = { migrationsFolder: migrationsDir } as const;

/**
 * Session-level advisory lock held on PostgreSQL while migrating and running the opener's
 * `afterMigrate` (the demo seed, say), so that instances starting together apply each migration
 * once and run that work one at a time. ("icra" in ASCII.)
 */
export const MIGRATION_LOCK_KEY = 0x69637261;
