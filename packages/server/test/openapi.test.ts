/**
 * The OpenAPI document is the contract the SDK is generated from: it must be valid OpenAPI 3.1,
 * name what the contract names, and be byte-for-byte the same every time it is produced.
 */
import { describe, expect, it } from 'vitest';
import * as domain from '../src/domain/enums.js';
import { OAUTH_SCHEME } from '../src/http/auth.js';
import { openApiDocument } from '../src/index.js';
import { isOpenToAnyone } from './support/security.js';

const CONTRACT_OPERATIONS = {
  listAuthorities: ['get', '/v1/authorities'],
  getAuthority: ['get', '/v1/authorities/{slug}'],
  listNews: ['get', '/v1/news'],
  listServices: ['get', '/v1/services'],
  getService: ['get', '/v1/services/{slug}'],
  getServiceForm: ['get', '/v1/services/{slug}/form'],
  createServiceDraft: ['post', '/v1/services/{slug}/drafts'],
  listMyServiceDrafts: ['get', '/v1/me/service-drafts'],
  getServiceDraft: ['get', '/v1/service-drafts/{id}'],
  updateServiceDraft: ['put', '/v1/service-drafts/{id}'],
  deleteServiceDraft: ['delete', '/v1/service-drafts/{id}'],
  uploadServiceDraftDocument: ['post', '/v1/service-drafts/{id}/documents'],
  getServiceDraftDocument: ['get', '/v1/service-drafts/{id}/documents/{documentId}'],
  deleteServiceDraftDocument: ['delete', '/v1/service-drafts/{id}/documents/{documentId}'],
  submitServiceDraft: ['post', '/v1/service-drafts/{id}/submit'],
  listMyServiceApplications: ['get', '/v1/me/service-applications'],
  getServiceApplication: ['get', '/v1/service-applications/{id}'],
  getServiceApplicationDocument: ['get', '/v1/service-applications/{id}/documents/{documentId}'],
  takeServiceApplication: ['post', '/v1/service-applications/{id}/take'],
  requestServiceApplicationInformation: ['post', '/v1/service-applications/{id}/request-information'],
  resubmitServiceApplication: ['post', '/v1/service-applications/{id}/resubmit'],
  approveServiceApplication: ['post', '/v1/service-applications/{id}/approve'],
  rejectServiceApplication: ['post', '/v1/service-applications/{id}/reject'],
  completeServiceApplication: ['post', '/v1/service-applications/{id}/complete'],
  withdrawServiceApplication: ['post', '/v1/service-applications/{id}/withdraw'],
  listServiceQueue: ['get', '/v1/authorities/{slug}/service-applications'],
  getNews: ['get', '/v1/news/{id}'],
  getHealth: ['get', '/healthz'],
  getMe: ['get', '/v1/me'],
  listMyNotifications: ['get', '/v1/me/notifications'],
  markNotificationRead: ['post', '/v1/me/notifications/{id}/read'],
  listEditorialNews: ['get', '/v1/editorial/news'],
  createNewsDraft: ['post', '/v1/editorial/news'],
  getEditorialNews: ['get', '/v1/editorial/news/{id}'],
  updateNews: ['patch', '/v1/editorial/news/{id}'],
  publishNews: ['post', '/v1/editorial/news/{id}/publish'],
  unpublishNews: ['post', '/v1/editorial/news/{id}/unpublish'],
  deleteNews: ['delete', '/v1/editorial/news/{id}'],
  uploadNewsCover: ['put', '/v1/editorial/news/{id}/cover'],
  deleteNewsCover: ['delete', '/v1/editorial/news/{id}/cover'],
  listAuditLog: ['get', '/v1/editorial/audit'],
  createApplication: ['post', '/v1/participation/applications'],
  listMyApplications: ['get', '/v1/me/applications'],
  getApplication: ['get', '/v1/participation/applications/{id}'],
  listApplicationsForModeration: ['get', '/v1/participation/applications'],
  approveApplication: ['post', '/v1/participation/applications/{id}/approve'],
  amendServiceApplication: ['put', '/v1/service-applications/{id}/amendment'],
  uploadServiceApplicationDocument: ['post', '/v1/service-applications/{id}/documents'],
  deleteServiceApplicationDocument: ['delete', '/v1/service-applications/{id}/documents/{documentId}'],
  getServiceApplicationVersion: ['get', '/v1/service-applications/{id}/versions/{version}'],
  putServiceResult: ['put', '/v1/service-applications/{id}/result'],
  getServiceResult: ['get', '/v1/service-applications/{id}/result'],
  verifyServiceResult: ['get', '/v1/verify/{code}'],
  rateService: ['post', '/v1/service-applications/{id}/rating'],
  getServiceRatings: ['get', '/v1/authorities/{slug}/service-ratings'],
  listServiceRatingComments: ['get', '/v1/authorities/{slug}/service-ratings/comments'],
  rejectApplication: ['post', '/v1/participation/applications/{id}/reject'],
  uploadParticipationAttachment: ['post', '/v1/participation/attachments'],
  getParticipationAttachment: ['get', '/v1/participation/applications/{id}/attachments/{attachmentId}'],
  createPoll: ['post', '/v1/participation/polls'],
  listPolls: ['get', '/v1/participation/polls'],
  getPoll: ['get', '/v1/participation/polls/{id}'],
  getBallotKey: ['get', '/v1/participation/polls/{id}/ballot-key'],
  issueBallotCredential: ['post', '/v1/participation/polls/{id}/ballot-credentials'],
  castBallot: ['post', '/v1/participation/polls/{id}/ballots'],
  getPollResults: ['get', '/v1/participation/polls/{id}/results'],
  listReceptionTopics: ['get', '/v1/reception/topics'],
  listReceptionOfficials: ['get', '/v1/reception/officials'],
  getReceptionAvailability: ['get', '/v1/reception/availability'],
  createReceptionRequest: ['post', '/v1/reception/requests'],
  getReceptionRequest: ['get', '/v1/reception/requests/{id}'],
  listMyReceptionRequests: ['get', '/v1/me/reception-requests'],
  listReceptionRequests: ['get', '/v1/authorities/{slug}/reception-requests'],
  scheduleReceptionRequest: ['post', '/v1/reception/requests/{id}/schedule'],
  rescheduleReceptionRequest: ['post', '/v1/reception/requests/{id}/reschedule'],
  declineReceptionRequest: ['post', '/v1/reception/requests/{id}/decline'],
  cancelReceptionRequest: ['post', '/v1/reception/requests/{id}/cancel'],
  getReceptionAppointmentCalendar: ['get', '/v1/reception/requests/{id}/appointment.ics'],
  uploadReceptionAttachment: ['post', '/v1/reception/attachments'],
  getReceptionAttachment: ['get', '/v1/reception/requests/{id}/attachments/{attachmentId}'],
  getMyCalendarFeed: ['get', '/v1/me/calendar-feed'],
  renewMyCalendarFeed: ['post', '/v1/me/calendar-feed'],
  revokeMyCalendarFeed: ['delete', '/v1/me/calendar-feed'],
  getCalendarFeed: ['get', '/v1/calendar-feeds/{token}'],
  getEvaluationSummary: ['get', '/v1/evaluation/summary'],
  getEvaluationCampaignBodies: ['get', '/v1/evaluation/campaigns/{year}/bodies'],
  listEvaluatedBodies: ['get', '/v1/evaluation/bodies'],
  createEvaluationCampaign: ['post', '/v1/evaluation/campaigns'],
  getEvaluationCampaign: ['get', '/v1/evaluation/campaigns/{year}'],
  recordEvaluationAssessment: ['put', '/v1/evaluation/campaigns/{year}/assessments/{serviceId}'],
  publishEvaluationCampaign: ['post', '/v1/evaluation/campaigns/{year}/publish'],
} as const;

const CONTRACT_SCHEMAS = [
  'AuditEntry',
  'AuditPage',
  'Authority',
  'AuthorityContacts',
  'AuthorityKind',
  'AuthorityPage',
  'Ballot',
  'BallotCredential',
  'BallotCredentialRequest',
  'BallotKey',
  'CalendarFeed',
  'CalendarFeedState',
  'DocumentMediaType',
  'EditorialNews',
  'EditorialNewsPage',
  'EditorialNewsSummary',
  'EditorialTranslation',
  'EditorialTranslationInput',
  'EvaluatedBody',
  'EvaluatedBodyList',
  'EvaluatedService',
  'EvaluationAssessment',
  'EvaluationAssessmentInput',
  'EvaluationBodyTally',
  'EvaluationCampaign',
  'EvaluationCampaignBreakdown',
  'EvaluationCampaignStatus',
  'EvaluationCriteriaMeans',
  'EvaluationElectronicizedInput',
  'EvaluationNotElectronicizedInput',
  'EvaluationOutcome',
  'EvaluationRating',
  'EvaluationRatingCounts',
  'EvaluationScores',
  'EvaluationSource',
  'EvaluationStoppedInput',
  'EvaluationSummary',
  'EvaluationTally',
  'EvaluationTexts',
  'EvaluationYear',
  'FamilyMember',
  'FamilyRelation',
  'FieldError',
  'FormField',
  'FormFieldKind',
  'FormStep',
  'Health',
  'Image',
  'JsonSchema',
  'Lang',
  'LocalizedTextInput',
  'Me',
  'MeCitizen',
  'MeOfficial',
  'NewEvaluationCampaign',
  'NewReceptionRequest',
  'NewsArticle',
  'NewsDraftInput',
  'NewsPage',
  'NewsStatus',
  'NewsSummary',
  'NewsUpdateInput',
  'Notification',
  'NotificationPage',
  'ParticipationApplication',
  'ParticipationApplicationAttachment',
  'ParticipationApplicationInput',
  'ParticipationApplicationPage',
  'ParticipationApplicationStatus',
  'ParticipationAttachment',
  'ParticipationAttachmentContentType',
  'ParticipationDirection',
  'ParticipationRejection',
  'Poll',
  'PollDefinition',
  'PollEligibility',
  'PollInput',
  'PollPage',
  'PollResults',
  'PollResultsVisibility',
  'PollState',
  'PollViewer',
  'Problem',
  'ReceptionAppointment',
  'ReceptionAvailability',
  'ReceptionDaypart',
  'ReceptionEvent',
  'ReceptionHours',
  'ReceptionOfficial',
  'ReceptionOfficialList',
  'ReceptionReason',
  'ReceptionRequest',
  'ReceptionRequestPage',
  'ReceptionRequestStatus',
  'ReceptionReschedule',
  'ReceptionRoom',
  'ReceptionSchedule',
  'ReceptionSlot',
  'ReceptionTopic',
  'ReceptionTopicList',
  'RegistrySource',
  'Service',
  'ServiceAmendment',
  'ServiceAnswerChange',
  'ServiceAnswers',
  'ServiceApplication',
  'ServiceApplicationAction',
  'ServiceApplicationEvent',
  'ServiceApplicationPage',
  'ServiceApplicationStatus',
  'ServiceApplicationSummary',
  'ServiceApplicationVersion',
  'ServiceCategory',
  'ServiceCompletion',
  'ServiceDocument',
  'ServiceDocumentFile',
  'ServiceDraft',
  'ServiceDraftCreate',
  'ServiceDraftPage',
  'ServiceDraftSummary',
  'ServiceDraftUpdate',
  'ServiceForm',
  'ServiceInformationRequest',
  'ServiceOpenInformationRequest',
  'ServicePage',
  'ServiceQueuePage',
  'ServiceRating',
  'ServiceRatingAverages',
  'ServiceRatingComment',
  'ServiceRatingCommentPage',
  'ServiceRatingInput',
  'ServiceRejection',
  'ServiceReopened',
  'ServiceResult',
  'ServiceResultVerification',
  'ServiceSummary',
  'SignedInCitizen',
  'SignedInStaff',
  'StaffKind',
  'StaffRole',
];

/**
 * The scope each staff operation needs, as the portal enforces it. An operation that also admits
 * citizens (who need no scope) offers both requirements; every other operation needs no scope.
 */
const STAFF_SCOPES: Record<string, domain.StaffScope> = {
  listEditorialNews: 'news:edit',
  createNewsDraft: 'news:edit',
  getEditorialNews: 'news:edit',
  updateNews: 'news:edit',
  publishNews: 'news:edit',
  unpublishNews: 'news:edit',
  deleteNews: 'news:edit',
  uploadNewsCover: 'news:edit',
  deleteNewsCover: 'news:edit',
  listAuditLog: 'news:edit',
  listApplicationsForModeration: 'participation:moderate',
  approveApplication: 'participation:moderate',
  rejectApplication: 'participation:moderate',
  createPoll: 'participation:moderate',
  getApplication: 'participation:moderate',
  getParticipationAttachment: 'participation:moderate',
  listServiceQueue: 'services:process',
  listServiceRatingComments: 'services:process',
  takeServiceApplication: 'services:process',
  requestServiceApplicationInformation: 'services:process',
  approveServiceApplication: 'services:process',
  rejectServiceApplication: 'services:process',
  completeServiceApplication: 'services:process',
  putServiceResult: 'services:process',
  getServiceApplication: 'services:process',
  getServiceApplicationDocument: 'services:process',
  getServiceResult: 'services:process',
  getServiceApplicationVersion: 'services:process',
  listReceptionRequests: 'reception:schedule',
  getReceptionRequest: 'reception:schedule',
  scheduleReceptionRequest: 'reception:schedule',
  rescheduleReceptionRequest: 'reception:schedule',
  declineReceptionRequest: 'reception:schedule',
  cancelReceptionRequest: 'reception:schedule',
  getReceptionAppointmentCalendar: 'reception:schedule',
  getReceptionAttachment: 'reception:schedule',
  createEvaluationCampaign: 'evaluation:record',
  getEvaluationCampaign: 'evaluation:record',
  recordEvaluationAssessment: 'evaluation:record',
  publishEvaluationCampaign: 'evaluation:record',
};

/** Operations anyone may call; those that read a token if there is one say so. */
const PUBLIC_OPERATIONS: Record<string, 'anonymous' | 'token-optional'> = {
  getHealth: 'anonymous',
  listAuthorities: 'anonymous',
  getAuthority: 'anonymous',
  listNews: 'anonymous',
  getNews: 'anonymous',
  listServices: 'anonymous',
  getService: 'anonymous',
  getServiceForm: 'anonymous',
  getServiceRatings: 'anonymous',
  verifyServiceResult: 'anonymous',
  listPolls: 'anonymous',
  getBallotKey: 'anonymous',
  castBallot: 'anonymous',
  listReceptionTopics: 'anonymous',
  listReceptionOfficials: 'anonymous',
  getReceptionAvailability: 'anonymous',
  // A calendar app sends no token: the secret in the address is the key, made and revoked by its citizen.
  getCalendarFeed: 'anonymous',
  getEvaluationSummary: 'anonymous',
  getEvaluationCampaignBodies: 'anonymous',
  listEvaluatedBodies: 'anonymous',
  getPoll: 'token-optional',
  getPollResults: 'token-optional',
};

/** Each list of src/domain/enums.ts and the component schema that carries it. */
const DOMAIN_LISTS: Record<string, readonly string[]> = {
  AuthorityKind: domain.AUTHORITY_KINDS,
  Lang: domain.LANGS,
  NewsStatus: domain.NEWS_STATUSES,
  ParticipationApplicationStatus: domain.APPLICATION_STATUSES,
  ParticipationDirection: domain.PARTICIPATION_DIRECTIONS,
  PollEligibility: domain.POLL_ELIGIBILITIES,
  PollResultsVisibility: domain.POLL_RESULTS_VISIBILITIES,
  PollState: domain.POLL_STATES,
  StaffKind: domain.STAFF_KINDS,
  ServiceCategory: domain.SERVICE_CATEGORIES,
  DocumentMediaType: domain.DOCUMENT_MEDIA_TYPES,
  ServiceApplicationStatus: domain.SERVICE_APPLICATION_STATUSES,
  ServiceApplicationAction: domain.SERVICE_ACTIONS,
  StaffRole: domain.STAFF_ROLES,
  FamilyRelation: domain.FAMILY_RELATIONS,
  ReceptionRequestStatus: domain.RECEPTION_REQUEST_STATUSES,
  ReceptionDaypart: domain.RECEPTION_DAYPARTS,
  EvaluationCampaignStatus: domain.EVALUATION_CAMPAIGN_STATUSES,
  EvaluationSource: domain.EVALUATION_SOURCES,
  EvaluationOutcome: domain.EVALUATION_OUTCOMES,
  EvaluationRating: domain.EVALUATION_RATINGS,
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// biome-ignore lint/suspicious/noExplicitAny: walking an arbitrary JSON document
type Json = any;

function isSameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

function resolvePointer(document: Json, ref: string): unknown {
  expect(ref.startsWith('#/')).toBe(true);
  let node = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

function collectRefs(node: Json, refs: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, refs);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') refs.push(value);
      else collectRefs(value, refs);
    }
  }
  return refs;
}

function operations(document: Json) {
  return Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((m) => m in item).map((method) => ({ path, method, operation: item[method] })),
  );
}

describe('OpenAPI document', () => {
  const document: Json = openApiDocument();

  it('is OpenAPI 3.1 with the required top-level fields', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({
      title: expect.any(String),
      version: expect.any(String),
      contact: { name: expect.any(String), url: expect.stringMatching(/^https:\/\//) },
    });
    // Relative to where the document is served: each portal describes itself.
    expect(document.servers).toEqual([{ url: '/', description: expect.any(String) }]);
    expect(typeof document.paths).toBe('object');
    for (const { operation, path, method } of operations(document)) {
      expect(Object.keys(operation.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
      for (const parameter of operation.parameters ?? []) {
        expect(['query', 'header', 'path', 'cookie']).toContain(parameter.in);
        expect(parameter.name).toEqual(expect.any(String));
        expect(parameter.schema).toBeTypeOf('object');
        if (parameter.in === 'path') {
          expect(parameter.required).toBe(true);
          expect(path).toContain(`{${parameter.name}}`);
        }
      }
    }
  });

  it('has exactly the contract’s operationIds on the contract’s routes', () => {
    const found = Object.fromEntries(
      operations(document).map((o) => [o.operation.operationId, [o.method, o.path]]),
    );
    expect(found).toEqual(CONTRACT_OPERATIONS);
  });

  it('names the component schemas as the contract does', () => {
    expect(Object.keys(document.components.schemas)).toEqual(CONTRACT_SCHEMAS);
    expect(document.components.schemas.Lang.enum).toEqual(['az', 'en', 'ru']);
    expect(document.components.schemas.Image.type).toBe('object');
    expect(document.components.schemas.NewsSummary.properties.cover).toEqual({
      anyOf: [{ $ref: '#/components/schemas/Image' }, { type: 'null' }],
      description: expect.any(String),
    });
  });

  it('carries each domain list once, as a named schema that every use refers to', () => {
    for (const [name, values] of Object.entries(DOMAIN_LISTS))
      expect(document.components.schemas[name], name).toMatchObject({ type: 'string', enum: values });
    const inline: string[] = [];
    const walk = (node: Json, at: string): void => {
      if (Array.isArray(node)) {
        node.forEach((item, i) => {
          walk(item, `${at}/${i}`);
        });
      } else if (node && typeof node === 'object') {
        const named = /^\/components\/schemas\/[^/]+$/.test(at);
        if (Array.isArray(node.enum) && !named) {
          const same = Object.entries(DOMAIN_LISTS).find(([, values]) => isSameList(node.enum, values));
          if (same) inline.push(`${at}: an inline copy of ${same[0]}`);
        }
        for (const [key, value] of Object.entries(node)) walk(value, `${at}/${key}`);
      }
    };
    walk(document, '');
    expect(inline).toEqual([]);
  });

  it('declares the sign-in as the OAuth 2.0 authorization-code flow, with every scope', () => {
    expect(document.components.securitySchemes).toEqual({
      [OAUTH_SCHEME]: {
        type: 'oauth2',
        description: expect.any(String),
        flows: {
          authorizationCode: {
            authorizationUrl: '/oauth/authorize',
            tokenUrl: '/oauth/token',
            refreshUrl: '/oauth/token',
            scopes: expect.any(Object),
          },
        },
      },
    });
    const { scopes } = document.components.securitySchemes[OAUTH_SCHEME].flows.authorizationCode;
    expect(Object.keys(scopes)).toEqual([...domain.SCOPES]);
    for (const scope of domain.SCOPES) expect(scopes[scope], scope).toMatch(/\w{3}/);
  });

  it('describes every operation and says who may call it', () => {
    const open: Record<string, string> = {};
    for (const { operation, path, method } of operations(document)) {
      const where = `${method} ${path}`;
      expect(operation.summary, where).toMatch(/\w{3}/);
      expect(operation.description, where).toMatch(/\w{3}/);
      expect(Array.isArray(operation.security), `${where} declares security`).toBe(true);
      if (!isOpenToAnyone(operation.security)) continue;
      open[operation.operationId] = operation.security.length === 0 ? 'anonymous' : 'token-optional';
      if (operation.security.length > 0)
        expect(operation.security, where).toEqual([{}, { [OAUTH_SCHEME]: [] }]);
    }
    expect(open).toEqual(PUBLIC_OPERATIONS);
  });

  it('names the scope of each staff operation, and none for citizens', () => {
    for (const { operation, path, method } of operations(document)) {
      if (isOpenToAnyone(operation.security)) continue;
      const where = `${method} ${path}`;
      const scope = STAFF_SCOPES[operation.operationId];
      const kinds: string[] = operation['x-icra-access'].kinds;
      if (scope === undefined) expect(operation.security, where).toEqual([{ [OAUTH_SCHEME]: [] }]);
      else if (kinds.includes('citizen'))
        expect(operation.security, where).toEqual([{ [OAUTH_SCHEME]: [] }, { [OAUTH_SCHEME]: [scope] }]);
      else expect(operation.security, where).toEqual([{ [OAUTH_SCHEME]: [scope] }]);
      // Only staff hold scopes: an operation for staff alone names one, one for citizens alone none.
      if (!kinds.includes('citizen')) expect(scope, `${where} names its scope`).toBeDefined();
      if (kinds.every((kind) => kind === 'citizen')) expect(scope, where).toBeUndefined();
    }
    const named = operations(document).filter((o) => STAFF_SCOPES[o.operation.operationId] !== undefined);
    expect(named.length).toBe(Object.keys(STAFF_SCOPES).length);
  });

  it('tells the signed-in citizen and member of staff apart by `kind`', () => {
    const schemas = document.components.schemas;
    const ref = (name: string) => `#/components/schemas/${name}`;
    expect(schemas.Me).toEqual({
      oneOf: [{ $ref: ref('SignedInCitizen') }, { $ref: ref('SignedInStaff') }],
      discriminator: {
        propertyName: 'kind',
        mapping: {
          citizen: ref('SignedInCitizen'),
          ...Object.fromEntries(domain.STAFF_KINDS.map((kind) => [kind, ref('SignedInStaff')])),
        },
      },
      description: expect.any(String),
    });
    expect(Object.keys(schemas.Me.discriminator.mapping).sort()).toEqual([...domain.PRINCIPAL_KINDS].sort());
    expect(schemas.SignedInCitizen).toMatchObject({
      properties: { kind: { type: 'string', enum: ['citizen'] }, citizen: { $ref: ref('MeCitizen') } },
      required: expect.arrayContaining(['kind', 'citizen']),
    });
    expect(schemas.SignedInStaff).toMatchObject({
      properties: { kind: { $ref: ref('StaffKind') }, official: { $ref: ref('MeOfficial') } },
      required: expect.arrayContaining(['kind', 'official']),
    });
    expect(schemas.SignedInCitizen.properties.official).toBeUndefined();
    expect(schemas.SignedInStaff.properties.citizen).toBeUndefined();
  });

  it('resolves every $ref', () => {
    const refs = collectRefs(document);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) expect(resolvePointer(document, ref), ref).toBeDefined();
  });

  it('declares the errors as problem+json', () => {
    for (const { operation, path, method } of operations(document)) {
      const statuses = Object.keys(operation.responses);
      expect(statuses, `${method} ${path}`).toContain('500');
      if (path.startsWith('/v1/') && !isOpenToAnyone(operation.security)) {
        // Personal reads and writes: never cached, and refused without a valid token or the right.
        expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining(['400', '401', '403']));
      } else if (
        path.startsWith('/v1/') &&
        method === 'get' &&
        path !== '/v1/verify/{code}' &&
        path !== '/v1/calendar-feeds/{token}'
      )
        // Public reads are conditional; verifying a certificate and a citizen's calendar feed (private,
        // behind the secret in its address) are not cached (no-store), so have no 304.
        expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining(['200', '304', '400']));
      // The one anonymous write, the secret ballot: it refuses what is malformed or identified.
      else if (path.startsWith('/v1/')) expect(statuses, `${method} ${path}`).toContain('400');
      if (path.includes('{')) expect(statuses, `${method} ${path}`).toContain('404');
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        // Each status shows an example of its own (a 500 is not the 400 validation example).
        expect(operation.responses[status].content, `${method} ${path} ${status}`).toEqual({
          'application/problem+json': {
            schema: { $ref: '#/components/schemas/Problem' },
            example: expect.objectContaining({
              status: Number(status),
              type: expect.stringMatching(/^urn:icra:problem:/),
              title: expect.any(String),
            }),
          },
        });
        if (status === '500')
          expect(operation.responses[status].content['application/problem+json'].example.type).toBe(
            'urn:icra:problem:internal',
          );
      }
    }
  });

  it('declares the 413 of the body limit on every write operation', () => {
    const writes = operations(document).filter(({ method }) =>
      ['post', 'put', 'patch', 'delete'].includes(method),
    );
    expect(writes.length).toBeGreaterThan(10);
    for (const { operation, path, method } of writes) {
      const tooLarge = operation.responses['413'];
      expect(tooLarge, `${method} ${path}`).toBeDefined();
      const example = tooLarge.content['application/problem+json'].example;
      const media = Object.keys(operation.requestBody?.content ?? {});
      if (media.length > 0 && media.every((type) => !type.includes('json'))) {
        // An upload: its own limit, checked while the file arrives.
        expect(example.type, `${method} ${path}`).toBe('urn:icra:problem:payload-too-large');
      } else {
        expect(example.type, `${method} ${path}`).toBe('urn:icra:problem:request-too-large');
        expect(tooLarge.description, `${method} ${path}`).toContain('2,097,152 bytes');
        expect(example.detail).toBe('The body of this request may be at most 2 MB.');
      }
    }
  });

  it('is deterministic', () => {
    const text = JSON.stringify(openApiDocument());
    expect(JSON.stringify(openApiDocument())).toBe(text);
    expect(text).toBe(JSON.stringify(document));
    expect(Object.keys(document.paths)).toEqual([...Object.keys(document.paths)].sort());
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?!\.000Z)/);
  });
});
