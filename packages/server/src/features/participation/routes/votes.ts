/**
 * The vote: once per citizen and secret. The ballot register and the tallies are written in one
 * transaction and nothing links them (docs/ballot-secrecy.md).
 */
import { createRoute } from '@hono/zod-openapi';
import { principalOf, secured } from '../../../http/auth.js';
import type { Translations } from '../../../http/messages.js';
import { errorResponses, notFoundResponse, route } from '../../../http/openapi-route.js';
import { problem, problemResponse } from '../../../http/problem.js';
import { apiHeaders } from '../../../http/respond.js';
import { castVote, findPoll } from '../queries.js';
import { PollPathSchema, VoteInputSchema } from '../schemas.js';
import { CITIZENS, eligible, notFoundPoll, type ParticipationRoutes, pollState } from './shared.js';

const text = {
  alreadyVoted: {
    az: 'Siz bu sorğuda artıq səs vermisiniz.',
    en: 'You have already voted in this poll.',
    ru: 'Вы уже проголосовали в этом опросе.',
  },
  notEligible: {
    az: 'Bu sorğuda yalnız icra hakimiyyətinin ərazisində qeydiyyatda olan sakinlər səs verə bilər.',
    en: 'Only residents registered in the authority’s territory may vote in this poll.',
    ru: 'В этом опросе могут голосовать только жители, зарегистрированные на территории органа.',
  },
  notOpenYet: {
    az: 'Səsvermə hələ başlamayıb.',
    en: 'Voting has not opened yet.',
    ru: 'Голосование ещё не началось.',
  },
  closed: {
    az: 'Səsvermə başa çatıb.',
    en: 'Voting has closed.',
    ru: 'Голосование завершено.',
  },
  noSuchOption: {
    az: 'Sorğuda belə variant yoxdur.',
    en: 'The poll has no such option.',
    ru: 'В опросе нет такого варианта.',
  },
} satisfies Record<string, Translations>;

export function registerVoteRoutes(routes: ParticipationRoutes): void {
  const { app, context, tokens } = routes;

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/participation/polls/{id}/votes',
          operationId: 'castVote',
          tags: ['Participation'],
          summary: 'Vote, once and secretly',
          description:
            'Records that the citizen voted (a keyed hash of poll and FIN) and adds one to the option’s tally, ' +
            'in one transaction; nothing links the two (docs/ballot-secrecy.md). The answer never repeats the ' +
            'choice, and an Idempotency-Key on this route is matched without the body, so the choice is kept ' +
            'nowhere. 409 `already-voted`; 403 `not-eligible`; 409 `poll-not-open` or `poll-closed`.',
          request: {
            params: PollPathSchema,
            body: { required: true, content: { 'application/json': { schema: VoteInputSchema } } },
          },
          responses: {
            204: { description: 'Counted.' },
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse(
              'Already voted (`already-voted`), not open yet (`poll-not-open`) or closed (`poll-closed`).',
            ),
            422: problemResponse('No such option in the poll (`validation`).'),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const { option } = c.req.valid('json');
      const principal = principalOf(c);
      const poll = await findPoll(context().db, id);
      if (!poll) return notFoundPoll(c);
      const state = pollState(poll);
      if (state === 'upcoming')
        return problem(c, { name: 'poll-not-open', status: 409, detail: text.notOpenYet });
      if (state === 'closed') return problem(c, { name: 'poll-closed', status: 409, detail: text.closed });
      if (!poll.options.some((o) => o.position === option)) {
        return problem(c, {
          name: 'validation',
          status: 422,
          errors: [{ pointer: '/body/option', detail: text.noSuchOption }],
        });
      }
      if (!principal.fin || !(await eligible(routes, poll, principal.fin))) {
        return problem(c, { name: 'not-eligible', status: 403, detail: text.notEligible });
      }
      let outcome: Awaited<ReturnType<typeof castVote>>;
      try {
        outcome = await castVote(
          context().db,
          id,
          option,
          await routes.ballot().voterHash(id, principal.fin),
        );
      } catch (error) {
        // The driver's error carries the statement's parameters (the option): log without them.
        const code =
          (error as { code?: string; cause?: { code?: string } }).cause?.code ??
          (error as { code?: string }).code;
        throw new Error(`icra: a vote transaction failed (${code ?? 'no SQLSTATE'})`);
      }
      if (outcome === 'already') {
        return problem(c, { name: 'already-voted', status: 409, detail: text.alreadyVoted });
      }
      return c.body(null, 204, apiHeaders(c, { 'Cache-Control': 'no-store' }));
    },
  );
}
