/**
 * The moderation operations the desk calls, through an `@icra/sdk` client that sends the
 * session's token, the widget's language and, on writes, the action's `Idempotency-Key`.
 */
import { createIcraClient, type Lang } from '@icra/sdk';
import type { ParticipationApplicationStatus, PollDefinition, PollInput } from './types.js';

export interface ModerationApiOptions {
  api: string;
  lang: Lang;
  token: () => string | undefined;
  fetch?: typeof fetch | undefined;
}

export interface CallInit {
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
}

export type ModerationApi = ReturnType<typeof moderationApi>;

function callOptions({ idempotencyKey, signal }: CallInit) {
  return { ...(idempotencyKey ? { idempotencyKey } : {}), ...(signal ? { signal } : {}) };
}

export function moderationApi(options: ModerationApiOptions) {
  const client = createIcraClient({
    baseUrl: options.api,
    lang: options.lang,
    token: options.token,
    // Writes are retried by the SDK only with an Idempotency-Key; the moderator decides after that.
    retry: 1,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    listApplications: (
      query: { authority: string; status?: ParticipationApplicationStatus; limit?: number; cursor?: string },
      init: CallInit = {},
    ) => client.listApplicationsForModeration({ query }, callOptions(init)),
    getApplication: (id: string, init: CallInit = {}) =>
      client.getApplication({ path: { id } }, callOptions(init)),
    getAttachment: (id: string, attachmentId: string, init: CallInit = {}) =>
      client.getParticipationAttachment({ path: { id, attachmentId } }, callOptions(init)),
    approveApplication: (id: string, body: PollDefinition, init: CallInit = {}) =>
      client.approveApplication({ path: { id }, body }, callOptions(init)),
    rejectApplication: (id: string, reason: string, init: CallInit = {}) =>
      client.rejectApplication({ path: { id }, body: { reason } }, callOptions(init)),
    createPoll: (body: PollInput, init: CallInit = {}) => client.createPoll({ body }, callOptions(init)),
  };
}
