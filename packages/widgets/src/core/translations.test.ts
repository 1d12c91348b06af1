/**
 * The widgets translate the portal's domain lists (from `@icra/sdk/enums`) in tables keyed by
 * them: every value named in every language, no more. At run time every value has a name; at
 * compile time (`npm run typecheck`) a table that misses a value does not type-check.
 */
import {
  langValues,
  meKindValues,
  type NewsStatus,
  newsStatusValues,
  type ParticipationApplicationStatus,
  type ParticipationDirection,
  participationApplicationStatusValues,
  participationDirectionValues,
  pollEligibilityValues,
  pollResultsVisibilityValues,
  pollStateValues,
  type ReceptionDaypart,
  type ReceptionRequestStatus,
  receptionDaypartValues,
  receptionRequestStatusValues,
  registrySourceValues,
  type ServiceApplicationAction,
  type ServiceApplicationStatus,
  type ServiceCategory,
  serviceApplicationActionValues,
  serviceApplicationStatusValues,
  serviceCategoryValues,
  staffRoleValues,
} from '@icra/sdk';
import { describe, expect, it } from 'vitest';
import { cabinetMessages } from '../cabinet/messages.js';
import { moderationMessages } from '../moderation/messages.js';
import { editorMessages } from '../news-editor/messages.js';
import { participationMessages } from '../participation/messages.js';
import { receptionMessages } from '../reception/messages.js';
import { requestMessages } from '../reception/requests.js';
import { receptionDeskMessages } from '../reception-desk/messages.js';
import { categoryNames } from '../service-catalog/messages.js';
import { serviceDeskMessages } from '../service-desk/messages.js';
import { signInMessages } from '../sign-in/messages.js';
import { directionNames } from './directions.js';
import { defineMessages } from './messages.js';

/** Every value of `values` gets a name of its own, in every language. */
function expectNamed(
  values: readonly string[],
  name: (lang: (typeof langValues)[number], value: string) => string,
) {
  for (const lang of langValues) {
    const names = values.map((value) => name(lang, value));
    for (const [i, text] of names.entries()) expect(text.trim(), `${lang} ${values[i]}`).not.toBe('');
    expect(new Set(names).size, `${lang}: ${names.join(', ')}`).toBe(values.length);
  }
}

describe('translations of the domain lists', () => {
  it('list the directions in the portal’s order (the application form offers them so)', () => {
    for (const lang of langValues)
      expect(Object.keys(directionNames(lang))).toEqual(participationDirectionValues);
  });

  it('list the services’ categories in the portal’s order (the catalogue’s filter offers them so)', () => {
    for (const lang of langValues) expect(Object.keys(categoryNames(lang))).toEqual(serviceCategoryValues);
  });

  it('name every value in every language', () => {
    expectNamed(serviceCategoryValues, (lang, v) => categoryNames(lang)[v as ServiceCategory]);
    expectNamed(participationDirectionValues, (lang, v) => directionNames(lang)[v as ParticipationDirection]);
    type Status = ParticipationApplicationStatus;
    expectNamed(participationApplicationStatusValues, (lang, v) => cabinetMessages(lang).status(v as Status));
    expectNamed(participationApplicationStatusValues, (lang, v) =>
      moderationMessages(lang).status(v as Status),
    );
    expectNamed(staffRoleValues, (lang, v) =>
      cabinetMessages(lang).role(v as (typeof staffRoleValues)[number]),
    );
    expectNamed(pollStateValues, (lang, v) =>
      participationMessages(lang).filter(v as (typeof pollStateValues)[number]),
    );
    expectNamed(pollEligibilityValues, (lang, v) =>
      moderationMessages(lang).eligibilityName(v as (typeof pollEligibilityValues)[number]),
    );
    expectNamed(pollResultsVisibilityValues, (lang, v) =>
      moderationMessages(lang).resultsName(v as (typeof pollResultsVisibilityValues)[number]),
    );
    expectNamed(newsStatusValues, (lang, v) => editorMessages(lang)[v as NewsStatus]);
    expectNamed(serviceApplicationStatusValues, (lang, v) =>
      serviceDeskMessages(lang).status(v as ServiceApplicationStatus),
    );
    expectNamed(serviceApplicationActionValues, (lang, v) =>
      serviceDeskMessages(lang).action(v as ServiceApplicationAction),
    );
    expectNamed(registrySourceValues, (lang, v) =>
      serviceDeskMessages(lang).registry(v as (typeof registrySourceValues)[number]),
    );
    expectNamed(receptionRequestStatusValues, (lang, v) =>
      receptionDeskMessages(lang).status(v as ReceptionRequestStatus),
    );
    expectNamed(receptionDaypartValues, (lang, v) =>
      receptionDeskMessages(lang).daypart(v as ReceptionDaypart),
    );
    expectNamed(receptionRequestStatusValues, (lang, v) =>
      requestMessages(lang).status(v as ReceptionRequestStatus),
    );
    expectNamed(receptionDaypartValues, (lang, v) => receptionMessages(lang).daypart(v as ReceptionDaypart));
    expectNamed(meKindValues, (lang, v) => signInMessages(lang).kind(v as (typeof meKindValues)[number]));
  });

  it('do not type-check when a value is missing', () => {
    const names = (lang: 'az' | 'en' | 'ru') => ({
      roads_transport: directionNames(lang).roads_transport,
      utilities: directionNames(lang).utilities,
      education: directionNames(lang).education,
      health: directionNames(lang).health,
      environment: directionNames(lang).environment,
      culture_sport: directionNames(lang).culture_sport,
      social_protection: directionNames(lang).social_protection,
    });
    // The directions' table is keyed by exactly the portal's directions…
    const all: Record<ParticipationDirection, string> = directionNames('ru');
    expect(Object.keys(all).sort()).toEqual([...participationDirectionValues].sort());
    // …so a language that leaves one out is a type error, in Azerbaijani as in the others.
    defineMessages<Record<ParticipationDirection, string>>({
      // @ts-expect-error — Azerbaijani lacks `other`
      az: names('az'),
      en: { ...names('en'), other: 'Other' },
      ru: { ...names('ru'), other: 'Другое' },
    });
    defineMessages<Record<ParticipationDirection, string>>({
      az: { ...names('az'), other: 'Digər' },
      // @ts-expect-error — English lacks `other`
      en: names('en'),
      ru: { ...names('ru'), other: 'Другое' },
    });
    // The status labels are lookups keyed by the SDK's type: one that misses a status fails too.
    const status = (value: ParticipationApplicationStatus): string =>
      // @ts-expect-error — `rejected` has no label
      ({ submitted: 'Göndərilib', approved: 'Təsdiqlənib' })[value];
    expect(status('submitted')).toBe('Göndərilib');
    // The editor's messages name every news status (its list shows `messages[status]`).
    const statuses: Record<NewsStatus, string> = editorMessages('az');
    expect(statuses.published).toBe('Dərc edilib');
  });
});
