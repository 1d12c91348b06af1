import { z } from '@hono/zod-openapi';

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgres']).openapi({
      description: 'The database behind this server: embedded PGlite or PostgreSQL.',
    }),
  })
  .openapi('Health', { description: 'The server is up and its database answers.' });

export type Health = z.infer<typeof HealthSchema>;
