import { fileURLToPath } from 'node:url';

/**
 * Folders the server reads at run time, resolved from this module so that they are the same
 * whether the code runs from src/ (tests, tsx) or from dist/ (the published package): both sit
 * one level below the package root, next to drizzle/ and media/.
 */
const packageRoot = new URL('../', import.meta.url);

/** The SQL migrations written by drizzle-kit (`npm run db:generate`). */
export const migrationsDir = fileURLToPath(new URL('drizzle/', packageRoot));

/** Media files served under /media/ (the seeded news covers live in media/news/). */
export const mediaDir = fileURLToPath(new URL('media/', packageRoot));
