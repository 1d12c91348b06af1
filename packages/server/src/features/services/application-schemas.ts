/**
 * The e-service application contract: the form as served (the shape of `ServiceForm` of
 * @icra/forms, whose closed lists it takes, so the two cannot drift: see the type check at the end),
 * drafts, their documents, and submitted applications.
 */
import { z } from '@hono/zod-openapi';
import { FIELD_KINDS, REGISTRY_SOURCES, type ServiceForm } from '@icra/forms';
import { SERVICE_ACTIONS, SERVICE_APPLICATION_STATUSES } from '../../domain/enums.js';
import { LangSchema, langQueryParam } from '../../http/lang.js';
import { cursorQueryParam, limitQueryParam, pageSchema } from '../../http/pagination.js';
import { AuthoritySlugSchema } from '../authorities/index.js';
import { DocumentMediaTypeSchema, ServiceSlugSchema } from './schemas.js';

const JsonSchemaSchema = z.record(z.string(), z.unknown()).openapi('JsonSchema', {
  description: 'A JSON Schema (draft 2020-12).',
});

export const FormFieldKindSchema = z.enum(FIELD_KINDS).openapi('FormFieldKind', {
  description:
    'What a field asks and so its answer: a string (text, longText, date as YYYY-MM-DD, choice, address, phone, ' +
    'email, fin), a number, a boolean (yesNo), a list of strings (multiChoice) or of document ids (file).',
});

export const RegistrySourceSchema = z.enum(REGISTRY_SOURCES).openapi('RegistrySource', {
  description:
    'What the population registry fills in: the field is shown read-only and the portal writes it at submit.',
});

export const FormFieldSchema = z
  .object({
    kind: FormFieldKindSchema,
    label: z.string(),
    hint: z.string().optional(),
    display: z
      .enum(['radio', 'select'])
      .optional()
      .openapi({ description: 'For a choice: radio buttons (default) or a select.' }),
    options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
    registry: RegistrySourceSchema.optional(),
    document: z
      .string()
      .optional()
      .openapi({ description: 'For a file field: the key of the service’s document.' }),
  })
  .openapi('FormField');

export const FormStepSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    fields: z.array(z.string()),
    required: z
      .array(z.string())
      .openapi({ description: 'The fields that must be answered when the step is reached.' }),
    when: JsonSchemaSchema.optional().openapi({
      description:
        'Reached only when the answers of the steps before it match this schema; absent: always. Only answers ' +
        'of earlier reached steps count.',
    }),
  })
  .openapi('FormStep');

export const ServiceFormSchema = z
  .object({
    service: ServiceSlugSchema,
    version: z.number().int().min(1),
    lang: LangSchema,
    schema: z.object({ type: z.literal('object'), properties: z.record(z.string(), JsonSchemaSchema) }),
    fields: z.record(z.string(), FormFieldSchema),
    steps: z.array(FormStepSchema),
  })
  .openapi('ServiceForm', {
    description:
      'A service’s application form in one language: a JSON Schema 2020-12 per answer and the steps, each ' +
      'maybe conditional. After the steps comes the check-your-answers step. @icra/forms checks answers ' +
      'against it exactly as the portal does.',
  });

// The served form is the shape @icra/forms works with.
type Assignable<A extends B, B> = A;
export type ServedFormIsAServiceForm = Assignable<z.infer<typeof ServiceFormSchema>, ServiceForm>;

export const GetServiceFormQuerySchema = z.object({ lang: langQueryParam });

const FIELD_NAME = /^[a-z][a-zA-Z0-9]{0,47}$/;

export const AnswersSchema = z
  .record(z.string().regex(FIELD_NAME), z.unknown())
  .refine((answers) => Object.keys(answers).length <= 200, { message: 'At most 200 answers.' })
  .openapi('ServiceAnswers', {
    description:
      'Answers by field name. Only answers to fields of steps the answers reach are kept; fields the registry ' +
      'fills and file fields (their answer is always the ids of the documents attached for them) are ignored.',
  });

export const DraftCreateInputSchema = z
  .object({
    authority: AuthoritySlugSchema.openapi({
      description: 'The authority applied to; it must provide the service.',
    }),
    answers: AnswersSchema.optional().openapi({ description: 'Answers given before signing in, if any.' }),
  })
  .openapi('ServiceDraftCreate');

export const DraftUpdateInputSchema = z
  .object({
    formVersion: z.number().int().min(1).openapi({
      description:
        'The form version the answers were given for; it must be the current one (else 409 `form-changed`).',
    }),
    answers: AnswersSchema,
  })
  .openapi('ServiceDraftUpdate');

export const ServiceDocumentFileSchema = z
  .object({
    id: z.uuid(),
    document: z.string().openapi({ description: 'The key of the service’s document it is for.' }),
    filename: z.string(),
    contentType: DocumentMediaTypeSchema,
    size: z.number().int().positive(),
    createdAt: z.iso.datetime(),
  })
  .openapi('ServiceDocumentFile', { description: 'A file attached for one of a service’s documents.' });

const DraftBase = z.object({
  id: z.uuid(),
  service: ServiceSlugSchema,
  serviceTitle: z.string(),
  authority: AuthoritySlugSchema,
  formVersion: z
    .number()
    .int()
    .min(1)
    .openapi({ description: 'The form version its answers were given for.' }),
  currentFormVersion: z.number().int().min(1),
  revision: z
    .number()
    .int()
    .min(1)
    .openapi({ description: 'Grows with every change; the ETag is "r<revision>".' }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const ServiceDraftSummarySchema = DraftBase.openapi('ServiceDraftSummary');

export const ServiceDraftSchema = DraftBase.extend({
  review: z.array(z.string()).openapi({
    description:
      'When the form changed since the draft was written (formVersion < currentFormVersion): the fields to look ' +
      'at again; save the draft with the current version once reviewed.',
  }),
  answers: z.record(z.string(), z.unknown()),
  documents: z.array(ServiceDocumentFileSchema),
}).openapi('ServiceDraft', {
  description: 'An application being filled in, kept for the citizen on every device.',
});

export const ServiceDraftPageSchema = pageSchema(
  ServiceDraftSummarySchema,
  'ServiceDraftPage',
  'Drafts, the most recently changed first.',
);

export const ServiceApplicationStatusSchema = z
  .enum(SERVICE_APPLICATION_STATUSES)
  .openapi('ServiceApplicationStatus');

export const ServiceActionSchema = z.enum(SERVICE_ACTIONS).openapi('ServiceApplicationAction', {
  description:
    'A step of the workflow. Officers: take (submitted or resubmitted → in_review), request-information ' +
    '(→ needs_information), approve, reject (in_review → approved, rejected), complete (approved → completed). ' +
    'The citizen: resubmit (needs_information → resubmitted), withdraw (before a decision → withdrawn).',
});

export const ReopenedSchema = z
  .object({ answers: z.array(z.string()), documents: z.array(z.string()) })
  .openapi('ServiceReopened', { description: 'The answers (field names) and documents (keys) reopened.' });

export const InformationRequestSchema = ReopenedSchema.extend({
  comment: z.string(),
  at: z.iso.datetime(),
}).openapi('ServiceOpenInformationRequest', {
  description: 'What the officer asked for: only these may change until the citizen resubmits.',
});

export const AnswerChangeSchema = z
  .object({
    field: z.string(),
    before: z.unknown().openapi({ description: 'The earlier answer; null when there was none.' }),
    after: z.unknown().openapi({ description: 'The later answer; null when there is none.' }),
    added: z.array(z.uuid()).optional().openapi({ description: 'For a file field: documents added.' }),
    removed: z.array(z.uuid()).optional().openapi({ description: 'For a file field: documents removed.' }),
  })
  .openapi('ServiceAnswerChange');

export const ServiceApplicationVersionSchema = z
  .object({
    version: z.number().int().min(1),
    submittedAt: z.iso.datetime(),
    request: z.union([InformationRequestSchema, z.null()]).openapi({
      description: 'The request for information this version answers; null for the first.',
    }),
    answers: z.record(z.string(), z.unknown()),
    changes: z.array(AnswerChangeSchema).openapi({ description: 'What changed since the version before.' }),
  })
  .openapi('ServiceApplicationVersion');

export const ServiceResultSchema = ServiceDocumentFileSchema.extend({
  code: z
    .string()
    .openapi({ description: 'The verification code, XXXX-XXXX-XXXX.', example: 'K7M4-Q9XA-23BC' }),
  generated: z.boolean().openapi({ description: 'Generated by the portal (else attached by the officer).' }),
  sha256: z.string().openapi({ description: 'SHA-256 of the file’s bytes, in hex.' }),
  issuedAt: z.iso.datetime(),
}).openapi('ServiceResult');

export const RatingInputSchema = z
  .object({
    score: z.number().int().min(1).max(5),
    comment: z.string().trim().min(1).max(2000).optional().openapi({
      description: 'Read by the authority only; never public.',
    }),
  })
  .openapi('ServiceRatingInput');

export const RatingSchema = z
  .object({
    score: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    ratedAt: z.iso.datetime(),
  })
  .openapi('ServiceRating');

export const ServiceApplicationEventSchema = z
  .object({
    status: ServiceApplicationStatusSchema,
    at: z.iso.datetime(),
    by: z.enum(['citizen', 'officer']),
    note: z.string().optional().openapi({
      description: 'The reason of a rejection or the comment of a request for information.',
    }),
    reopened: ReopenedSchema.optional().openapi({
      description: 'For a request for information: what it reopened.',
    }),
  })
  .openapi('ServiceApplicationEvent', { description: 'A change of an application’s status.' });

const ApplicationBase = z.object({
  id: z.uuid(),
  reference: z
    .string()
    .regex(/^[2-9A-HJ-NP-Z]{8}$/)
    .openapi({
      description: 'Eight letters and digits without 0, O, 1 or I, to read aloud.',
      example: 'K7M4Q9XA',
    }),
  service: ServiceSlugSchema,
  serviceTitle: z.string(),
  authority: AuthoritySlugSchema,
  status: ServiceApplicationStatusSchema,
  submittedAt: z.iso.datetime(),
  dueOn: z.iso.date().openapi({
    description:
      'When the authority is due to decide: the service’s processing time in working days after the day of ' +
      'submission (Baku calendar: weekends and the public holidays of Azerbaijan off).',
  }),
  overdue: z.boolean().openapi({ description: 'Past its due date and not yet decided.' }),
  statusChangedAt: z.iso.datetime(),
  assignee: z
    .enum(['you', 'another-officer'])
    .nullable()
    .openapi({
      description:
        'To an officer: whether they or another officer has it in review (kept while it waits on the citizen); ' +
        'null when no one has taken it, and always null to the citizen.',
    }),
});

export const ServiceApplicationSummarySchema = ApplicationBase.openapi('ServiceApplicationSummary');

export const ServiceApplicationSchema = ApplicationBase.extend({
  formVersion: z.number().int().min(1),
  form: ServiceFormSchema.openapi({ description: 'The form as it was when submitted.' }),
  answers: z.record(z.string(), z.unknown()),
  registry: z.record(z.string(), z.unknown()).openapi({
    description:
      'The answers the population registry gave at submit (a registered address in every language).',
  }),
  documents: z.array(ServiceDocumentFileSchema),
  lang: LangSchema.openapi({
    description: 'The language the citizen applied in: officers write reasons and comments in it.',
  }),
  revision: z.number().int().min(1).openapi({
    description:
      'Raised by every change of status; the ETag is "r<revision>": send it as If-Match with an action.',
  }),
  decisionReason: z.string().nullable().openapi({
    description: 'Why it was rejected, as the officer wrote it in the citizen’s language; null otherwise.',
  }),
  history: z
    .array(ServiceApplicationEventSchema)
    .openapi({ description: 'Every change of status, oldest first.' }),
  actions: z.array(ServiceActionSchema).openapi({
    description:
      'What the caller may do with it now (each is `POST /v1/service-applications/{id}/<action>`).',
  }),
  version: z
    .number()
    .int()
    .min(1)
    .openapi({
      description:
        'The version of the answers the authority has: 1 at submit, one more at each resubmission. Every ' +
        'version stays readable (getServiceApplicationVersion).',
    }),
  request: z.union([InformationRequestSchema, z.null()]).openapi({
    description: 'While it waits on the citizen: what the officer asked for and reopened; else null.',
  }),
  amendment: z.record(z.string(), z.unknown()).nullable().openapi({
    description:
      'While it waits on the citizen: the answers as they are being amended (the next version); else null.',
  }),
  waitingSince: z.iso.date().nullable().openapi({
    description:
      'The Baku date since which it waits on the citizen: the deadline’s clock is stopped; null otherwise.',
  }),
  changes: z.array(AnswerChangeSchema).openapi({
    description: 'What the citizen changed in the latest version since the one before (none for the first).',
  }),
  result: z.union([ServiceResultSchema, z.null()]).openapi({
    description: 'The result issued at completion (getServiceResult downloads it); null before.',
  }),
  attachedResult: z.union([ServiceDocumentFileSchema, z.null()]).openapi({
    description: 'To officers: the PDF attached to be issued at completion, not issued yet; else null.',
  }),
  rating: z.union([RatingSchema, z.null()]).openapi({
    description: 'The citizen’s rating of the service, once completed.',
  }),
}).openapi('ServiceApplication', { description: 'A submitted application, with the form it followed.' });

export const ServiceApplicationPageSchema = pageSchema(
  ServiceApplicationSummarySchema,
  'ServiceApplicationPage',
  'Applications, the newest first.',
);

export const DraftCursorSchema = z.object({ u: z.iso.datetime(), i: z.uuid() });
export const ApplicationCursorSchema = z.object({ s: z.iso.datetime(), i: z.uuid() });

export const QueueCursorSchema = z.object({ d: z.iso.date(), i: z.uuid() });

export const ServiceQueuePageSchema = pageSchema(
  ServiceApplicationSummarySchema,
  'ServiceQueuePage',
  'Applications to the authority, the soonest due first.',
);

export const ListServiceQueueQuerySchema = z.object({
  lang: langQueryParam,
  limit: limitQueryParam,
  cursor: cursorQueryParam(QueueCursorSchema),
  service: ServiceSlugSchema.optional().openapi({
    param: { name: 'service', in: 'query' },
    description: 'Only applications for this service.',
  }),
  status: ServiceApplicationStatusSchema.optional().openapi({
    param: { name: 'status', in: 'query' },
    description: 'Only applications in this status.',
  }),
  assigned: z
    .enum(['me'])
    .optional()
    .openapi({
      param: { name: 'assigned', in: 'query' },
      description: '`me`: only applications the calling officer has taken.',
    }),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .openapi({
      param: { name: 'overdue', in: 'query' },
      description:
        '`true`: only applications past their due date and not yet decided; `false` or absent: all.',
    }),
});

const NoteSchema = z.string().trim().min(3).max(2000);

export const ServiceRejectionInputSchema = z
  .object({
    reason: NoteSchema.openapi({
      description:
        'Why, in the citizen’s language (the application’s `lang`): it is sent to them as written.',
    }),
  })
  .openapi('ServiceRejection');

const FieldNamesSchema = z.array(z.string().min(1).max(100)).max(100);

export const InformationRequestInputSchema = z
  .object({
    comment: NoteSchema.openapi({
      description: 'What is missing, in the citizen’s language (the application’s `lang`).',
    }),
    answers: FieldNamesSchema.default([]).openapi({
      description:
        'The answers (field names of the application’s form) the citizen may change; registry and file fields ' +
        'are not answers here.',
    }),
    documents: FieldNamesSchema.default([]).openapi({
      description:
        'The documents (keys) whose files the citizen may change. At least one answer or document.',
    }),
  })
  .openapi('ServiceInformationRequest');

export const ServiceCompletionInputSchema = z
  .object({
    result: z.enum(['generated', 'attached']).openapi({
      description:
        '`generated`: the portal issues its certificate (the reference, the date, the authority and a ' +
        'verification code), in the citizen’s language; `attached`: the PDF attached with putServiceResult.',
    }),
  })
  .openapi('ServiceCompletion');

export const ListDraftsQuerySchema = z.object({
  lang: langQueryParam,
  limit: limitQueryParam,
  cursor: cursorQueryParam(DraftCursorSchema),
});

export const ListApplicationsQuerySchema = z.object({
  lang: langQueryParam,
  limit: limitQueryParam,
  cursor: cursorQueryParam(ApplicationCursorSchema),
});

const idParam = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });

export const DraftPathSchema = z.object({ id: idParam('id') });
export const DraftDocumentPathSchema = z.object({ id: idParam('id'), documentId: idParam('documentId') });
export const ApplicationPathSchema = z.object({ id: idParam('id') });
export const ApplicationDocumentPathSchema = z.object({
  id: idParam('id'),
  documentId: idParam('documentId'),
});

export const DraftLangQuerySchema = z.object({ lang: langQueryParam });

export const DocumentUploadQuerySchema = z.object({
  document: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,63}$/)
    .openapi({ param: { name: 'document', in: 'query' }, description: 'The key of the service’s document.' }),
  filename: z
    .string()
    .min(1)
    .max(1000)
    .openapi({
      param: { name: 'filename', in: 'query' },
      description: 'The file’s name as the citizen chose it.',
    }),
  lang: langQueryParam,
});

export type ServiceDraft = z.infer<typeof ServiceDraftSchema>;
