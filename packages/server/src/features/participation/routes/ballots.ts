/**
 * The secret ballot in three requests (ballot.ts, docs/ballot-secrecy.md): the poll's public key,
 * a blind signature for a signed-in eligible citizen once per poll (the right to vote), and the
 * anonymous ballot that carries the unblinded credential and the choice (the vote).
 */

import { createRoute } from '@hono/zod-openapi';
import { databaseCode } from '../../../db/database.js';
import { open, principalOf, secured } from '../../../http/auth.js';
import { conditional, representation } from '../../../http/conditional.js';
import type { Translations } from '../../../http/messages.js';
import {
  conditionalParameter,
  errorResponses,
  notFoundResponse,
  notModifiedResponse,
  revalidatedReadHeaders,
  route,
} from '../../../http/openapi-route.js';
import { problem, problemResponse } from '../../../http/problem.js';
import { header } from '../../../http/request.js';
import { apiHeaders } from '../../../http/respond.js';
import { BALLOT_SUITE, InvalidBlindedMessage, verifyCredential } from '../ballot.js';
import { findPoll } from '../queries.js';
import {
  BallotCredentialRequestSchema,
  BallotCredentialSchema,
  BallotKeySchema,
  BallotSchema,
  PollPathSchema,
} from '../schemas.js';
import { CITIZENS, eligible, notFoundPoll, type ParticipationRoutes, pollState } from './shared.js';

const text = {
  notEligible: {
    az: 'Bu sorğuda yalnız icra hakimiyyətinin ərazisində qeydiyyatda olan sakinlər səs verə bilər.',
    en: 'Only residents registered in the authority’s territory may vote in this poll.',
    ru: 'В этом опросе могут голосовать только жители, зарегистрированные на территории органа.',
  },
  noSuchOption: {
    az: 'Sorğuda belə variant yoxdur.',
    en: 'The poll has no such option.',
    ru: 'В опросе нет такого варианта.',
  },
  notSignable: {
    az: 'Bu ismarıc sorğunun açarı ilə imzalana bilməz (modulun uzunluğunda, ondan kiçik ədəd olmalıdır).',
    en: 'This message cannot be signed with the poll’s key (it must be a number below the modulus).',
    ru: 'Это сообщение нельзя подписать ключом опроса (оно должно быть числом меньше модуля).',
  },
} satisfies Record<string, Translations>;

const BALLOTS_PATH = '/v1/participation/polls/{id}/ballots';

const KEY_CACHING = { 'Cache-Control': 'public, max-age=300', Vary: 'Origin' };
const KEY_HEADERS = {
  ETag: revalidatedReadHeaders.ETag,
  'Cache-Control': { description: KEY_CACHING['Cache-Control'], schema: { type: 'string' } },
} as const;

export function registerBallotRoutes(routes: ParticipationRoutes): void {
  const { app, context, tokens } = routes;

  route(
    app,
    createRoute(
      open({
        method: 'get',
        path: '/v1/participation/polls/{id}/ballot-key',
        operationId: 'getBallotKey',
        tags: ['Participation'],
        summary: 'The key that signs the poll’s ballot credentials',
        description:
          'Public and the same for everyone (its `keyId` is the poll’s `ballotKeyId`: a client that is given ' +
          'another key is being singled out). RSA-2048, RFC 9474 suite RSABSSA-SHA384-PSS-Randomized; made on ' +
          'first need and never changed. Cacheable for 5 minutes, with a strong ETag.',
        request: { params: PollPathSchema },
        parameters: [conditionalParameter],
        responses: {
          200: {
            description: 'The key.',
            headers: KEY_HEADERS,
            content: { 'application/json': { schema: BallotKeySchema } },
          },
          ...notModifiedResponse(KEY_HEADERS),
          ...errorResponses,
          ...notFoundResponse,
        },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const poll = await findPoll(context().db, id);
      if (!poll) return notFoundPoll(c);
      const key = await context().ballots.key(id);
      const body = {
        suite: BALLOT_SUITE,
        publicKey: key.spki.toString('base64url'),
        keyId: key.keyId,
      } as const;
      return conditional(c, representation(body, KEY_CACHING, {}, 'response'));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/participation/polls/{id}/ballot-credentials',
          operationId: 'issueBallotCredential',
          tags: ['Participation'],
          summary: 'Take the poll’s ballot credential (the right to vote, once)',
          description:
            'For an eligible citizen while the poll is open: the server blind-signs the message (RFC 9474 ' +
            'BlindSign, checked before it is returned) and records that this citizen took the credential, with ' +
            'the SHA-256 of the blinded message; it cannot see the message it signs, so nothing ties the ballot ' +
            'cast with it to the citizen. Asked again with the SAME blinded message (a lost answer), the same ' +
            'signature is given again; with another, 409 `credential-already-issued`: never a second credential. ' +
            'So it is safe to repeat by itself: an `Idempotency-Key` is not declared here and is ignored (no ' +
            'record of the answer is kept with the citizen). ' +
            '403 `not-eligible`; 409 `poll-not-open` or `poll-closed`.',
          request: {
            params: PollPathSchema,
            body: {
              required: true,
              content: { 'application/json': { schema: BallotCredentialRequestSchema } },
            },
          },
          responses: {
            200: {
              description: 'The blind signature.',
              content: { 'application/json': { schema: BallotCredentialSchema } },
            },
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse(
              'Another credential was taken already (`credential-already-issued`), not open yet (`poll-not-open`) ' +
                'or closed (`poll-closed`).',
            ),
            422: problemResponse(
              'Not a blinded message of 256 bytes below the key’s modulus (`validation`).',
            ),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const { blindedMessage } = c.req.valid('json');
      const principal = principalOf(c);
      const poll = await context().ballots.terms(id, () => findPoll(context().db, id));
      if (!poll) return notFoundPoll(c);
      const state = pollState(poll);
      if (state === 'upcoming') return problem(c, { name: 'poll-not-open', status: 409 });
      if (state === 'closed') return problem(c, { name: 'poll-closed', status: 409 });
      if (!principal.fin || !(await eligible(routes, poll, principal.fin))) {
        return problem(c, { name: 'not-eligible', status: 403, detail: text.notEligible });
      }
      let outcome: Awaited<ReturnType<ReturnType<typeof context>['ballots']['issue']>>;
      try {
        outcome = await context().ballots.issue(id, principal.fin, Buffer.from(blindedMessage, 'base64url'));
      } catch (error) {
        if (!(error instanceof InvalidBlindedMessage)) throw error;
        return problem(c, {
          name: 'validation',
          status: 422,
          errors: [{ pointer: '/body/blindedMessage', detail: text.notSignable }],
        });
      }
      if (outcome === 'no-poll') return notFoundPoll(c);
      if (outcome === 'already-issued') return problem(c, { name: 'credential-already-issued', status: 409 });
      return c.json(
        { blindSignature: outcome.signature.toString('base64url') },
        200,
        apiHeaders(c, { 'Cache-Control': 'no-store' }),
      );
    },
  );

  // A ballot must not carry identity: refused before anything (the guard, validation, a log) reads
  // the token. The write-safety middleware skips this path entirely (http/idempotency.ts).
  app.use(BALLOTS_PATH.replace('{id}', ':id'), async (c, next) => {
    if (c.req.method === 'POST' && header(c, 'authorization') !== undefined) {
      return problem(c, { name: 'ballot-identified', status: 400 });
    }
    return next();
  });

  route(
    app,
    createRoute(
      open({
        method: 'post',
        path: BALLOTS_PATH,
        operationId: 'castBallot',
        tags: ['Participation'],
        summary: 'Cast a ballot, anonymously',
        description:
          'Sent with no identity at all: no Authorization (400 `ballot-identified`), no cookies, no ' +
          'Idempotency-Key; nothing about it is rate-limited, logged or kept per caller. The credential is the ' +
          'RFC 9474 signature of the poll’s key over the prepared message (422 `invalid-credential`); it is ' +
          'spent once (409 `ballot-already-cast`: this credential’s ballot is already in, which a retry after a ' +
          'lost answer also gets). The option goes sealed into the ballot box, which is added to the public ' +
          'tallies `batchSize` ballots at a time and entirely at closing. 409 `poll-not-open` or `poll-closed`.',
        request: {
          params: PollPathSchema,
          body: { required: true, content: { 'application/json': { schema: BallotSchema } } },
        },
        responses: {
          204: { description: 'Cast; the answer never repeats the choice.' },
          ...errorResponses,
          400: problemResponse(
            'The request carries an Authorization header (`ballot-identified`) or is malformed.',
          ),
          ...notFoundResponse,
          409: problemResponse(
            'This credential was cast already (`ballot-already-cast`), not open yet (`poll-not-open`) or closed ' +
              '(`poll-closed`).',
          ),
          422: problemResponse(
            'Not a valid credential of this poll (`invalid-credential`) or no such option (`validation`).',
          ),
        },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const ballot = c.req.valid('json');
      const poll = await context().ballots.terms(id, () => findPoll(context().db, id));
      if (!poll) return notFoundPoll(c);
      const state = pollState(poll);
      if (state === 'upcoming') return problem(c, { name: 'poll-not-open', status: 409 });
      if (state === 'closed') return problem(c, { name: 'poll-closed', status: 409 });
      const message = Buffer.from(ballot.message, 'base64url');
      const key = await context().ballots.key(id);
      if (!verifyCredential(key, message, Buffer.from(ballot.signature, 'base64url'))) {
        return problem(c, { name: 'invalid-credential', status: 422 });
      }
      if (!poll.options.some((o) => o.position === ballot.option)) {
        return problem(c, {
          name: 'validation',
          status: 422,
          errors: [{ pointer: '/body/option', detail: text.noSuchOption }],
        });
      }
      let outcome: Awaited<ReturnType<ReturnType<typeof context>['ballots']['cast']>>;
      try {
        outcome = await context().ballots.cast(id, message, ballot.option);
      } catch (error) {
        // The driver's error carries the statement's parameters (the sealed choice): never logged.
        throw new Error(`icra: a ballot could not be cast (${databaseCode(error) ?? 'no SQLSTATE'})`);
      }
      if (outcome === 'no-poll') return notFoundPoll(c);
      if (outcome === 'closed') return problem(c, { name: 'poll-closed', status: 409 });
      if (outcome === 'spent') return problem(c, { name: 'ballot-already-cast', status: 409 });
      return c.body(null, 204, apiHeaders(c, { 'Cache-Control': 'no-store' }));
    },
  );
}
