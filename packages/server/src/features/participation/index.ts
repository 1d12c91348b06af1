/** The e-participation feature: what other modules may use of it. */
export { bytesMatch, cleanFilename, downloadHeaders, isAttachmentContentType } from './attachments.js';
export { BallotBox, type BallotSettings } from './ballot.js';
export { createPoll } from './queries.js';
export { registerParticipationRoutes } from './routes/index.js';
export type { PollDefinition } from './schemas.js';
