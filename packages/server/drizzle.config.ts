import { defineConfig } from 'drizzle-kit';

// `npm run db:generate -w @icra/server` compares src/db/schema.ts with the last snapshot in
// drizzle/meta and writes the next SQL migration. The same folder is applied at start-up to
// PGlite and to PostgreSQL (src/db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
