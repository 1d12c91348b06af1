/**
 * E-participation: citizens' applications on topical issues, polls made of them (or directly on
 * planned projects), the secret ballot and its open results. See docs/ballot-secrecy.md.
 */
import { z } from '@hono/zod-openapi';
import {
  APPLICATION_STATUSES,
  PARTICIPATION_DIRECTIONS,
  POLL_ELIGIBILITIES,
  POLL_RESULTS_VISIBILITIES,
  POLL_STATES,
} from '../../domain/enums.js';
import { storableDateTime } from '../../http/dates.js';
import { LangSchema, langQueryParam } from '../../http/lang.js';
import { cursorQueryParam, limitQueryParam, pageSchema } from '../../http/pagination.js';

export const DirectionSchema = z.enum(PARTICIPATION_DIRECTIONS).openapi('ParticipationDirection', {
  description: 'The direction (topic) of an application.',
});
export const ApplicationStatusSchema = z.enum(APPLICATION_STATUSES).openapi('ParticipationApplicationStatus');
export const EligibilitySchema = z.enum(POLL_ELIGIBILITIES).openapi('PollEligibility', {
  description:
    '`all_citizens`: every citizen in the population registry; `residents`: only those whose registered ' +
    'address is in the poll’s authority (per the registry).',
});
export const ResultsVisibilitySchema = z.enum(POLL_RESULTS_VISIBILITIES).openapi('PollResultsVisibility', {
  description:
    '`live`: results are open to everyone at any time; `after_vote`: to a citizen once they have voted, and ' +
    'to everyone after closing; `after_close`: to everyone after closing.',
});
export const PollStateSchema = z.enum(POLL_STATES).openapi('PollState');

const slug = z.string().regex(/^[a-z][a-z0-9-]{1,62}$/);

export const LocalizedTextInputSchema = z
  .object({
    az: z.string().trim().min(1).max(500),
    en: z.string().trim().min(1).max(500).optional(),
    ru: z.string().trim().min(1).max(500).optional(),
  })
  .openapi('LocalizedTextInput', { description: 'Text per language; Azerbaijani is required.' });

/** What an attachment may be, and the magic number its bytes must start with. */
export const ATTACHMENT_TYPES = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
} as const;
export type AttachmentContentType = keyof typeof ATTACHMENT_TYPES;

/** Largest attachment accepted: 5 MiB. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/** How many uploads a citizen may hold that no application has claimed yet. */
export const MAX_UNCLAIMED_ATTACHMENTS = 20;
export const MAX_ATTACHMENTS_PER_APPLICATION = 5;
/** Longest file name kept, in characters (after cleaning). */
export const MAX_ATTACHMENT_FILENAME = 200;

export const AttachmentContentTypeSchema = z
  .enum(Object.keys(ATTACHMENT_TYPES) as [AttachmentContentType, ...AttachmentContentType[]])
  .openapi('ParticipationAttachmentContentType');

export const AttachmentSchema = z
  .object({
    id: z.uuid(),
    filename: z.string().openapi({ description: 'The file name as cleaned and kept.' }),
    contentType: AttachmentContentTypeSchema,
    size: z.number().int().openapi({ description: 'In bytes.' }),
    createdAt: z.iso.datetime(),
  })
  .openapi('ParticipationAttachment', {
    description: 'An uploaded file, to be named in `attachments` of a new application within 24 hours.',
  });

export const ApplicationAttachmentSchema = z
  .object({
    id: z.uuid(),
    filename: z.string(),
    contentType: AttachmentContentTypeSchema,
    size: z.number().int().openapi({ description: 'In bytes.' }),
  })
  .openapi('ParticipationApplicationAttachment', {
    description: 'A file attached to an application; its bytes: `getParticipationAttachment`.',
  });

export const AttachmentUploadQuerySchema = z.object({
  filename: z
    .string()
    .min(1)
    .max(1000)
    .openapi({
      param: { name: 'filename', in: 'query' },
      description:
        'The file’s name. Directory parts, control and direction-override characters and surrounding spaces ' +
        'are removed and it is cut to 200 characters (keeping a short extension); nothing left is 422.',
      example: 'photo.jpg',
    }),
});

export const AttachmentPathSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'The application.' }),
  attachmentId: z.uuid().openapi({ param: { name: 'attachmentId', in: 'path' } }),
});

export const ApplicationInputSchema = z
  .object({
    authority: slug.openapi({ description: 'Slug of the authority the application is addressed to.' }),
    direction: DirectionSchema,
    title: z.string().trim().min(3).max(200),
    text: z.string().trim().min(10).max(5000),
    attachments: z
      .array(z.uuid())
      .max(MAX_ATTACHMENTS_PER_APPLICATION)
      .optional()
      .openapi({
        description:
          'Ids of files uploaded first with `uploadParticipationAttachment` (at most 5, each once), in the order ' +
          'they are to be shown. Each must be the caller’s own, not yet attached and not expired; otherwise 422 ' +
          'with an error at `/body/attachments/<index>`, and nothing is written.',
      }),
  })
  .openapi('ParticipationApplicationInput');

export const ApplicationSchema = z
  .object({
    id: z.uuid(),
    authority: z.string(),
    direction: DirectionSchema,
    title: z.string(),
    text: z.string(),
    status: ApplicationStatusSchema,
    decisionReason: z.string().nullable(),
    pollId: z.uuid().nullable().openapi({ description: 'The poll it became (approved only).' }),
    history: z.array(
      z.object({ status: ApplicationStatusSchema, at: z.iso.datetime(), reason: z.string().optional() }),
    ),
    attachments: z
      .array(ApplicationAttachmentSchema)
      .openapi({ description: 'In the order given at creation; empty when none.' }),
    createdAt: z.iso.datetime(),
  })
  .openapi('ParticipationApplication');

export const ApplicationCursorSchema = z.object({ c: storableDateTime(), i: z.uuid() });
export const ApplicationPageSchema = pageSchema(
  ApplicationSchema,
  'ParticipationApplicationPage',
  'A page of applications, newest first.',
);

export const ApplicationPathSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});

export const ListMyApplicationsQuerySchema = z.object({
  limit: limitQueryParam,
  cursor: cursorQueryParam(ApplicationCursorSchema),
});

export const ListApplicationsQuerySchema = z.object({
  authority: slug.openapi({
    param: { name: 'authority', in: 'query' },
    description: 'Must be the moderator’s own.',
  }),
  status: ApplicationStatusSchema.optional().openapi({ param: { name: 'status', in: 'query' } }),
  limit: limitQueryParam,
  cursor: cursorQueryParam(ApplicationCursorSchema),
});

export const RejectInputSchema = z
  .object({ reason: z.string().trim().min(3).max(2000) })
  .openapi('ParticipationRejection');

export const PollDefinitionSchema = z
  .object({
    question: LocalizedTextInputSchema,
    options: z.array(LocalizedTextInputSchema).min(2).max(10),
    opensAt: storableDateTime({ offset: true }),
    closesAt: storableDateTime({ offset: true }),
    eligibility: EligibilitySchema,
    resultsVisibility: ResultsVisibilitySchema,
  })
  .refine((p) => Date.parse(p.closesAt) > Date.parse(p.opensAt), {
    message: 'closesAt must be after opensAt',
    path: ['closesAt'],
  })
  .openapi('PollDefinition', {
    description: 'A poll to create: question, 2–10 options, schedule and rules.',
  });

export const PollInputSchema = z
  .object({
    authority: slug,
    question: LocalizedTextInputSchema,
    options: z.array(LocalizedTextInputSchema).min(2).max(10),
    opensAt: storableDateTime({ offset: true }),
    closesAt: storableDateTime({ offset: true }),
    eligibility: EligibilitySchema,
    resultsVisibility: ResultsVisibilitySchema,
  })
  .refine((p) => Date.parse(p.closesAt) > Date.parse(p.opensAt), {
    message: 'closesAt must be after opensAt',
    path: ['closesAt'],
  })
  .openapi('PollInput');

export const PollViewerSchema = z
  .object({
    eligible: z.boolean(),
    hasVoted: z.boolean().openapi({
      description:
        'Whether the citizen has taken this poll’s ballot credential (the server cannot know whether it was ' +
        'cast, nor how).',
    }),
  })
  .openapi('PollViewer', {
    description: 'The signed-in caller’s state (only when a citizen’s token is sent).',
  });

export const PollSchema = z
  .object({
    id: z.uuid(),
    authority: z.string(),
    lang: LangSchema,
    question: z.string(),
    options: z.array(z.object({ option: z.number().int(), text: z.string() })),
    opensAt: z.iso.datetime(),
    closesAt: z.iso.datetime(),
    state: PollStateSchema,
    eligibility: EligibilitySchema,
    resultsVisibility: ResultsVisibilitySchema,
    sourceApplicationId: z.uuid().nullable(),
    ballotKeyId: z
      .string()
      .nullable()
      .openapi({
        description:
          'The `keyId` of the poll’s ballot key (GET …/ballot-key), null until the key is made. The same for ' +
          'everyone: a client checks the key it is given against it.',
      }),
    viewer: PollViewerSchema.optional(),
  })
  .openapi('Poll');

export const PollCursorSchema = z.object({ o: storableDateTime(), i: z.uuid() });
export const PollPageSchema = pageSchema(PollSchema, 'PollPage', 'A page of polls, latest opening first.');

export const PollPathSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});

export const ListPollsQuerySchema = z.object({
  authority: slug.optional().openapi({ param: { name: 'authority', in: 'query' } }),
  state: PollStateSchema.optional().openapi({ param: { name: 'state', in: 'query' } }),
  lang: langQueryParam,
  limit: limitQueryParam,
  cursor: cursorQueryParam(PollCursorSchema),
});

export const PollReadQuerySchema = z.object({ lang: langQueryParam });

/** base64url without padding of exactly `bytes` bytes. */
const base64urlOf = (bytes: number) =>
  z
    .string()
    .length(Math.ceil((bytes * 4) / 3))
    .regex(/^[A-Za-z0-9_-]+$/, 'must be base64url without padding')
    .refine(
      (value) => Buffer.from(value, 'base64url').length === bytes,
      `must encode exactly ${bytes} bytes`,
    );

export const BallotKeySchema = z
  .object({
    suite: z.literal('RSABSSA-SHA384-PSS-Randomized'),
    publicKey: z.string().openapi({
      description:
        'The RSA-2048 public key, SPKI DER in base64url (WebCrypto: importKey("spki", …, ' +
        '{ name: "RSA-PSS", hash: "SHA-384" })).',
    }),
    keyId: z
      .string()
      .openapi({ description: 'base64url SHA-256 of the SPKI DER; the poll’s `ballotKeyId`.' }),
  })
  .openapi('BallotKey', { description: 'The key that signs a poll’s ballot credentials (RFC 9474).' });

export const BallotCredentialRequestSchema = z
  .object({
    blindedMessage: base64urlOf(256).openapi({
      description:
        'The blinded message (RFC 9474 Blind) of a message only the client knows: 256 bytes, base64url.',
    }),
  })
  .openapi('BallotCredentialRequest');

export const BallotCredentialSchema = z
  .object({
    blindSignature: z.string().openapi({ description: 'The blind signature (256 bytes, base64url).' }),
  })
  .openapi('BallotCredential', {
    description: 'To be finalized (RFC 9474 Finalize) into the signature a ballot carries.',
  });

export const BallotSchema = z
  .object({
    message: z
      .string()
      .min(43)
      .max(683)
      .regex(/^[A-Za-z0-9_-]+$/, 'must be base64url without padding')
      .openapi({
        description:
          'The prepared message (RFC 9474 Prepare, randomized: 32 random bytes then the message), base64url: ' +
          '32–512 bytes.',
      }),
    signature: base64urlOf(256).openapi({ description: 'Its finalized signature (256 bytes), base64url.' }),
    option: z.number().int().min(0).max(9).openapi({ description: 'The option’s number (0-based).' }),
  })
  .openapi('Ballot', {
    description: 'A ballot: the credential and the choice, nothing that names the voter.',
  });

export const PollResultsSchema = z
  .object({
    pollId: z.uuid(),
    lang: LangSchema,
    state: PollStateSchema,
    resultsVisibility: ResultsVisibilitySchema,
    hidden: z.boolean().openapi({ description: 'True when the visibility rule does not show results yet.' }),
    reason: z.enum(['not_voted', 'not_closed']).nullable().openapi({
      description: 'Why results are hidden: `not_voted` (after_vote) or `not_closed` (after_close).',
    }),
    options: z.array(
      z.object({
        option: z.number().int(),
        text: z.string(),
        votes: z.number().int().nullable(),
        percentage: z.number().nullable().openapi({ description: 'Share of all votes, 0–100, one decimal.' }),
      }),
    ),
    total: z.number().int().nullable(),
    uncounted: z
      .number()
      .int()
      .openapi({
        description:
          'Ballots cast but not yet in the tallies: they are added `batchSize` at a time (and all at closing), ' +
          'so the results never change by fewer than `batchSize` ballots while the poll is open.',
      }),
    batchSize: z
      .number()
      .int()
      .openapi({ description: 'How many ballots are added to the tallies at once.' }),
    turnout: z
      .object({
        voters: z.number().int(),
        eligible: z.number().int().nullable(),
        percentage: z.number().nullable(),
      })
      .nullable()
      .openapi({
        description:
          'Voters (the sum of the tallies: one vote per voter) over the eligible population counted by the ' +
          'population registry (everyone, or the residents of the authority); null when the registry cannot count.',
      }),
  })
  .openapi('PollResults');

export type PollDefinition = z.infer<typeof PollDefinitionSchema>;
export type Application = z.infer<typeof ApplicationSchema>;
export type Attachment = z.infer<typeof AttachmentSchema>;
export type ApplicationAttachment = z.infer<typeof ApplicationAttachmentSchema>;
export type Poll = z.infer<typeof PollSchema>;
export type PollResults = z.infer<typeof PollResultsSchema>;
