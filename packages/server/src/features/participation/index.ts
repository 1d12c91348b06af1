/** The e-participation feature: what other modules may use of it. */
export { bytesMatch, cleanFilename, downloadHeaders, isAttachmentContentType } from './attachments.js';
export { BallotBox, type BallotSettings } from './ballot.js';
export {
  AttachmentsNotClaimable,
  attachmentsOf,
  claimAttachments,
  createPoll,
  findAttachment,
} from './queries.js';
export {
  attachmentDownload,
  attachmentUpload,
  declareAttachmentLimit,
  receiveAttachment,
  sendAttachment,
  unclaimable,
} from './routes/attachments.js';
export { registerParticipationRoutes } from './routes/index.js';
export {
  ApplicationAttachmentSchema,
  MAX_ATTACHMENTS_PER_APPLICATION,
  type PollDefinition,
} from './schemas.js';
