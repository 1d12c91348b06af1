/**
 * Polls: moderators create them (or approve an application into one, applications.ts); everyone
 * reads them and their results, answered from the database every time (never from the public-read
 * cache), so results are the same on every instance the moment a batch of ballots is folded into the
 * tallies. Each read has a strong ETag of its bytes: a page that polls with If-None-Match gets 304 until a
 * fold (on any instance)
 * changes the answer; `no-cache` makes shared caches revalidate, so nobody is served stale results.
 */
import { createRoute } from '@hono/zod-openapi';
import { open, principalOf, secured } from '../../../http/auth.js';
import {
  conditionalJson,
  REVALIDATED_CACHING,
  REVALIDATED_PER_CALLER_CACHING,
} from '../../../http/conditional.js';
import {
  conditionalParameter,
  errorResponses,
  notFoundResponse,
  notModifiedResponse,
  revalidatedListHeaders,
  revalidatedReadHeaders,
  route,
} from '../../../http/openapi-route.js';
import { decodeCursor, nextCursorOf } from '../../../http/pagination.js';
import { actorOf } from '../../../http/principal.js';
import { problem } from '../../../http/problem.js';
import { privateHeaders } from '../../../http/respond.js';
import { createPoll, findPoll, listPolls } from '../queries.js';
import {
  ListPollsQuerySchema,
  type Poll,
  PollCursorSchema,
  PollInputSchema,
  PollPageSchema,
  PollPathSchema,
  PollReadQuerySchema,
  type PollResults,
  PollResultsSchema,
} from '../schemas.js';
import {
  eligible,
  hasVotedIn,
  langOf,
  MODERATORS,
  notFoundPoll,
  optionalCitizen,
  type ParticipationRoutes,
  pick,
  pollResponse,
  pollState,
  toPoll,
} from './shared.js';

export function registerPollRoutes(routes: ParticipationRoutes): void {
  const { app, context, tokens } = routes;

  /** The poll as read; a closed poll not finalized yet is finalized first (its box folded). */
  const readPoll = async (id: string) => {
    const poll = await findPoll(context().db, id);
    if (!poll || poll.finalizedAt !== null || pollState(poll) !== 'closed') return poll;
    await context().ballots.finalize(id);
    return findPoll(context().db, id);
  };

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/participation/polls',
          operationId: 'createPoll',
          tags: ['Participation'],
          summary: 'Create a poll on a planned project',
          description: '`authority` must be the moderator’s own (another is 403). Audited.',
          request: { body: { required: true, content: { 'application/json': { schema: PollInputSchema } } } },
          responses: { 201: pollResponse('The poll.'), ...errorResponses },
        },
        MODERATORS,
        tokens,
      ),
    ),
    async (c) => {
      const { authority, ...definition } = c.req.valid('json');
      const principal = principalOf(c);
      if (authority !== principal.authority) return problem(c, { name: 'forbidden', status: 403 });
      const id = await createPoll(context().db, actorOf(principal), definition);
      const poll = (await findPoll(context().db, id))!;
      return c.json(
        toPoll(poll, langOf(c)),
        201,
        privateHeaders(c, { Location: `/v1/participation/polls/${id}` }),
      );
    },
  );

  route(
    app,
    createRoute(
      open({
        method: 'get',
        path: '/v1/participation/polls',
        operationId: 'listPolls',
        tags: ['Participation'],
        summary: 'Polls, latest opening first',
        description:
          'Public. Filter by `authority` and `state` (open, upcoming, closed); closed polls stay listed.',
        request: { query: ListPollsQuerySchema },
        parameters: [conditionalParameter],
        responses: {
          200: {
            description: 'A page of polls.',
            headers: revalidatedListHeaders,
            content: { 'application/json': { schema: PollPageSchema } },
          },
          ...notModifiedResponse(revalidatedListHeaders),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const query = c.req.valid('query');
      const lang = langOf(c);
      const after = decodeCursor(query.cursor, PollCursorSchema);
      const page = await listPolls(
        context().db,
        { authority: query.authority, state: query.state },
        query.limit,
        after,
      );
      const nextCursor = nextCursorOf(page, (last) => ({ o: last.opensAt.toISOString(), i: last.id }));
      const body = { items: page.items.map((p) => toPoll(p, lang)), nextCursor };
      return conditionalJson(c, body, REVALIDATED_CACHING, { 'Content-Language': lang });
    },
  );

  route(
    app,
    createRoute(
      open(
        {
          method: 'get',
          path: '/v1/participation/polls/{id}',
          operationId: 'getPoll',
          tags: ['Participation'],
          summary: 'A poll',
          description:
            'Public. With a citizen’s bearer token it also says in `viewer` whether they may vote and whether they ' +
            'have taken the poll’s ballot credential (never whether or how it was cast). An invalid token is ignored.',
          request: { params: PollPathSchema, query: PollReadQuerySchema },
          parameters: [conditionalParameter],
          responses: {
            200: { ...pollResponse('The poll.'), headers: revalidatedReadHeaders },
            ...notModifiedResponse(revalidatedReadHeaders),
            ...errorResponses,
            ...notFoundResponse,
          },
        },
        { personalized: true },
      ),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const poll = await readPoll(id);
      if (!poll) return notFoundPoll(c);
      const body: Poll = toPoll(poll, langOf(c));
      const citizen = await optionalCitizen(c, routes);
      if (citizen) {
        body.viewer = {
          eligible: await eligible(routes, poll, citizen.fin),
          hasVoted: await hasVotedIn(routes, poll.id, citizen.fin),
        };
      }
      return conditionalJson(c, body, REVALIDATED_PER_CALLER_CACHING);
    },
  );

  route(
    app,
    createRoute(
      open(
        {
          method: 'get',
          path: '/v1/participation/polls/{id}/results',
          operationId: 'getPollResults',
          tags: ['Participation'],
          summary: 'A poll’s results, per its visibility rule',
          description:
            'Public, read from the tallies at every request (the same on every instance). Ballots reach the ' +
            'tallies `batchSize` at a time while the poll is open and all at closing, so these results never ' +
            'change by fewer than `batchSize` ballots before the close; `uncounted` says how many wait in the box. ' +
            'When the rule does not show results yet, `hidden: true` with the `reason` and null counts. ' +
            '`after_vote` needs the token of a citizen who took the poll’s ballot credential.',
          request: { params: PollPathSchema, query: PollReadQuerySchema },
          parameters: [conditionalParameter],
          responses: {
            200: {
              description: 'The results.',
              headers: revalidatedReadHeaders,
              content: { 'application/json': { schema: PollResultsSchema } },
            },
            ...notModifiedResponse(revalidatedReadHeaders),
            ...errorResponses,
            ...notFoundResponse,
          },
        },
        { personalized: true },
      ),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const poll = await readPoll(id);
      if (!poll) return notFoundPoll(c);
      const lang = langOf(c);
      const state = pollState(poll);
      let reason: PollResults['reason'] = null;
      if (state !== 'closed' && poll.resultsVisibility === 'after_close') reason = 'not_closed';
      if (state !== 'closed' && poll.resultsVisibility === 'after_vote') {
        const citizen = await optionalCitizen(c, routes);
        const voted = citizen !== undefined && (await hasVotedIn(routes, poll.id, citizen.fin));
        if (!voted) reason = 'not_voted';
      }
      const hidden = reason !== null;
      const total = poll.options.reduce((sum, o) => sum + o.votes, 0);
      const registry = context().identity.registry;
      const eligiblePopulation = registry.count
        ? await registry.count(poll.eligibility === 'residents' ? poll.authority : undefined)
        : null;
      const percent = (part: number, whole: number | null) =>
        whole ? Math.round((part / whole) * 1000) / 10 : whole === null ? null : 0;
      const body: PollResults = {
        pollId: poll.id,
        lang: pick(poll.question, lang).lang,
        state,
        resultsVisibility: poll.resultsVisibility,
        hidden,
        reason,
        options: poll.options.map((o) => ({
          option: o.position,
          text: pick(o.text, lang).text,
          votes: hidden ? null : o.votes,
          percentage: hidden ? null : percent(o.votes, total),
        })),
        total: hidden ? null : total,
        uncounted: poll.finalizedAt === null ? await context().ballots.uncounted(poll.id) : 0,
        batchSize: context().ballots.batchSize,
        turnout: hidden
          ? null
          : { voters: total, eligible: eligiblePopulation, percentage: percent(total, eligiblePopulation) },
      };
      return conditionalJson(c, body, REVALIDATED_PER_CALLER_CACHING);
    },
  );
}
