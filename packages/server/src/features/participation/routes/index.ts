/**
 * The e-participation API. Citizens file applications (with their files) and vote; moderators of an
 * authority decide its applications and create its polls; polls and their results are public reads.
 * The ballot: docs/ballot-secrecy.md.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.js';
import type { FeatureContextProvider } from '../../context.js';
import { registerApplicationRoutes } from './applications.js';
import { registerAttachmentRoutes } from './attachments.js';
import { registerBallotRoutes } from './ballots.js';
import { registerPollRoutes } from './polls.js';
import type { ParticipationRoutes } from './shared.js';

export function registerParticipationRoutes(app: OpenAPIHono<AppEnv>, context: FeatureContextProvider): void {
  const routes: ParticipationRoutes = { app, context, tokens: () => context().identity.tokens };
  registerApplicationRoutes(routes);
  registerAttachmentRoutes(routes);
  registerPollRoutes(routes);
  registerBallotRoutes(routes);
}
