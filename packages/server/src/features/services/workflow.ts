/**
 * The authority's workflow of an e-service application, as one state machine:
 *
 *   submitted ─take─▶ in_review ─request-information─▶ needs_information ─resubmit─▶ resubmitted
 *                         ▲                                                            │
 *                         └──────────────────────────take──────────────────────────────┘
 *   in_review ─approve─▶ approved ─complete─▶ completed
 *   in_review ─reject─▶ rejected
 *   submitted | in_review | needs_information | resubmitted ─withdraw─▶ withdrawn
 *
 * An officer (a service official of the application's authority) takes an application into review
 * and from then on only that officer acts on it, until the citizen resubmits and an officer takes
 * it again. The citizen resubmits and withdraws. Each transition is one compare-and-swap on the
 * application's status, officer and revision, in the same transaction as its notification to the
 * citizen and its audit entry: of two officers acting at once exactly one changes the row, and the
 * other is told what happened instead.
 */
import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { type Actor, audit } from '../../audit.js';
import type { Db, Tx } from '../../db/database.js';
import {
  notifications,
  notificationTranslations,
  type ServiceApplicationEvent,
  serviceApplications,
} from '../../db/schema.js';
import { SERVICE_ACTIONS, type ServiceAction, type ServiceApplicationStatus } from '../../domain/enums.js';
import type { IsoDate } from '../../domain/holidays.js';
import type { Lang } from '../../http/lang.js';
import type { Translations } from '../../http/messages.js';
import type { Principal } from '../../http/principal.js';
import { type ApplicationRow, findApplication, selectApplications, textIn } from './applications.js';

interface Transition {
  from: readonly ServiceApplicationStatus[];
  to: ServiceApplicationStatus;
  by: 'citizen' | 'officer';
  /** Only the officer the application is assigned to may do it. */
  assigneeOnly: boolean;
}

/** Every transition there is; whatever is not here is refused. */
export const TRANSITIONS: Record<ServiceAction, Transition> = {
  take: { from: ['submitted', 'resubmitted'], to: 'in_review', by: 'officer', assigneeOnly: false },
  'request-information': {
    from: ['in_review'],
    to: 'needs_information',
    by: 'officer',
    assigneeOnly: true,
  },
  resubmit: { from: ['needs_information'], to: 'resubmitted', by: 'citizen', assigneeOnly: false },
  approve: { from: ['in_review'], to: 'approved', by: 'officer', assigneeOnly: true },
  reject: { from: ['in_review'], to: 'rejected', by: 'officer', assigneeOnly: true },
  complete: { from: ['approved'], to: 'completed', by: 'officer', assigneeOnly: true },
  withdraw: {
    from: ['submitted', 'in_review', 'needs_information', 'resubmitted'],
    to: 'withdrawn',
    by: 'citizen',
    assigneeOnly: false,
  },
};

/** Who asks for a transition: the applicant, or an officer (by sub) of the authority. */
/** The audit log's actor of the citizen's own steps (resubmit, withdraw). */
export const APPLICANT = 'applicant';

export type Caller = { citizen: string } | { officer: Actor };

export type TransitionOutcome =
  | { ok: ApplicationRow }
  /** No such application, or not one the caller may act on: answered as if there were none. */
  | { missing: true }
  /** If-Match named another revision than the current one. */
  | { stale: true }
  /** The transition does not lead from where the application is now, or another officer holds it. */
  | { refused: Refusal }
  /** What the action needs of the application is not there: each problem with its pointer. */
  | { invalid: Array<{ pointer: string; detail: Translations }> }
  /** Completing needs a result: none was attached and none asked to be generated. */
  | { resultMissing: true };

/**
 * What an action does besides moving the status, as the action's own module defines it: `check`
 * reads the application as it is and says what else the row gets (or why the action cannot be done,
 * writing nothing); `after` writes what goes with the change once the compare-and-swap has won, in
 * the same transaction.
 */
export interface ActionEffect {
  check(
    tx: Tx,
    row: ApplicationRow,
    at: Date,
  ): Promise<
    | { set?: Partial<typeof serviceApplications.$inferInsert>; event?: Partial<ServiceApplicationEvent> }
    | Extract<TransitionOutcome, { invalid: unknown } | { resultMissing: true }>
  >;
  after?(tx: Tx, row: ApplicationRow, at: Date): Promise<void>;
}

export type Refusal =
  | { reason: 'status'; status: ServiceApplicationStatus }
  | { reason: 'assigned-to-another'; status: ServiceApplicationStatus };

export function callerOf(principal: Principal): Caller {
  return principal.kind === 'citizen'
    ? { citizen: principal.sub }
    : { officer: { sub: principal.sub, authority: principal.authority ?? '' } };
}

/** The actions the caller may take on the application now (an officer's only if a service officer). */
export function allowedActions(row: ApplicationRow, caller: Caller): ServiceAction[] {
  return SERVICE_ACTIONS.filter(
    (action) => mayAct(caller, row, TRANSITIONS[action]) && refusalOf(action, row, caller) === undefined,
  );
}

function mayAct(caller: Caller, row: ApplicationRow, transition: Transition): boolean {
  if ('citizen' in caller) return transition.by === 'citizen' && row.citizen === caller.citizen;
  return transition.by === 'officer' && row.authority === caller.officer.authority;
}

/** Why `action` cannot be done on the application as it is now, or undefined when it can. */
export function refusalOf(
  action: ServiceAction,
  row: Pick<ApplicationRow, 'status' | 'assignedTo'>,
  caller: Caller,
): Refusal | undefined {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(row.status)) return { reason: 'status', status: row.status };
  if (transition.assigneeOnly && 'officer' in caller && row.assignedTo !== caller.officer.sub) {
    return { reason: 'assigned-to-another', status: row.status };
  }
  return undefined;
}

/**
 * Moves an application by `action`, if the caller may and the application is where the action
 * leads from (and, with `revision`, still at that revision). One transaction: the compare-and-swap,
 * the event in its history, the citizen's notification and the audit entry.
 */
export async function transition(
  db: Db,
  input: {
    id: string;
    action: ServiceAction;
    caller: Caller;
    revision?: number;
    /** The rejection's reason or the request's comment, in the citizen's language. */
    note?: string;
    effect?: ActionEffect;
  },
): Promise<TransitionOutcome> {
  const rule = TRANSITIONS[input.action];
  return db.transaction(async (tx): Promise<TransitionOutcome> => {
    const row = await findApplication(tx, input.id);
    if (!row || !mayAct(input.caller, row, rule)) return { missing: true };
    if (input.revision !== undefined && row.revision !== input.revision) return { stale: true };
    const refused = refusalOf(input.action, row, input.caller);
    if (refused) return { refused };
    const at = new Date();
    const effect = (await input.effect?.check(tx, row, at)) ?? {};
    if ('invalid' in effect || 'resultMissing' in effect) return effect;
    const event: ServiceApplicationEvent = {
      status: rule.to,
      at: at.toISOString(),
      by: rule.by,
      ...(input.note === undefined ? {} : { note: input.note }),
      ...effect.event,
    };
    const officer = 'officer' in input.caller ? input.caller.officer : undefined;
    const changed = await tx
      .update(serviceApplications)
      .set({
        status: rule.to,
        revision: sql`${serviceApplications.revision} + 1`,
        statusChangedAt: at,
        history: sql`${serviceApplications.history} || ${JSON.stringify([event])}::jsonb`,
        ...(input.action === 'take' ? { assignedTo: officer!.sub } : {}),
        ...(input.action === 'reject' ? { decisionReason: input.note ?? null } : {}),
        ...effect.set,
      })
      .where(
        and(
          eq(serviceApplications.id, row.id),
          // The compare-and-swap: still where it was read, held by the same officer, at the same revision.
          eq(serviceApplications.status, row.status),
          eq(serviceApplications.revision, row.revision),
          row.assignedTo === null
            ? isNull(serviceApplications.assignedTo)
            : eq(serviceApplications.assignedTo, row.assignedTo),
        ),
      )
      .returning({ id: serviceApplications.id });
    if (changed.length === 0) {
      // Another transaction changed it first (committed by the time the update waited on it).
      const now = (await findApplication(tx, input.id))!;
      if (input.revision !== undefined && now.revision !== input.revision) return { stale: true };
      return {
        refused: refusalOf(input.action, now, input.caller) ?? { reason: 'status', status: now.status },
      };
    }
    await input.effect?.after?.(tx, row, at);
    await notifyTransition(tx, row, input.action, input.note);
    // The authority's admins read the audit log: a citizen's own step names no one (their sub carries
    // their FIN), the application it is done to says whose it is to those who may know.
    const actor: Actor = officer ?? { sub: APPLICANT, authority: row.authority };
    await audit(tx, actor, `service.application.${input.action}`, row.id, {
      from: row.status,
      to: rule.to,
    });
    return { ok: (await findApplication(tx, row.id))! };
  });
}

const statusNames: Record<ServiceApplicationStatus, Translations> = {
  submitted: { az: 'qəbul olunub', en: 'submitted', ru: 'принято' },
  in_review: { az: 'baxılır', en: 'in review', ru: 'на рассмотрении' },
  needs_information: {
    az: 'əlavə məlumat gözlənilir',
    en: 'waiting for more information',
    ru: 'ожидает дополнительных сведений',
  },
  resubmitted: { az: 'yenidən göndərilib', en: 'resubmitted', ru: 'отправлено повторно' },
  approved: { az: 'təsdiqlənib', en: 'approved', ru: 'одобрено' },
  rejected: { az: 'rədd edilib', en: 'rejected', ru: 'отклонено' },
  completed: { az: 'icra olunub', en: 'completed', ru: 'исполнено' },
  withdrawn: { az: 'geri götürülüb', en: 'withdrawn', ru: 'отозвано' },
};

const actionNames: Record<ServiceAction, Translations> = {
  take: { az: 'baxışa götürmək', en: 'take it into review', ru: 'взять на рассмотрение' },
  'request-information': {
    az: 'əlavə məlumat istəmək',
    en: 'ask for more information',
    ru: 'запросить дополнительные сведения',
  },
  resubmit: { az: 'yenidən göndərmək', en: 'resubmit it', ru: 'отправить повторно' },
  approve: { az: 'təsdiqləmək', en: 'approve it', ru: 'одобрить' },
  reject: { az: 'rədd etmək', en: 'reject it', ru: 'отклонить' },
  complete: { az: 'icra olunmuş saymaq', en: 'complete it', ru: 'отметить исполненным' },
  withdraw: { az: 'geri götürmək', en: 'withdraw it', ru: 'отозвать' },
};

/** Why a transition was refused, in the caller's languages, for the 409. */
export function refusalText(action: ServiceAction, refusal: Refusal): Translations {
  const status = statusNames[refusal.status];
  const act = actionNames[action];
  if (refusal.reason === 'assigned-to-another') {
    return {
      az: `Bu müraciətə başqa əməkdaş baxır: yalnız o, onu ${act.az} bilər.`,
      en: `Another officer has this application in review: only they may ${act.en}.`,
      ru: `Это заявление рассматривает другой сотрудник: только он может его ${act.ru}.`,
    };
  }
  return {
    az: `Müraciətin indiki vəziyyəti «${status.az}»: bu vəziyyətdə onu ${act.az} olmaz.`,
    en: `The application is now ${status.en}: in that state one cannot ${act.en}.`,
    ru: `Заявление сейчас в состоянии «${status.ru}»: в нём его нельзя ${act.ru}.`,
  };
}

/** What the citizen is told of each transition; `{reference}`, `{service}`, `{note}` are filled in. */
const notices: Record<ServiceAction, Record<Lang, { title: string; body: string }>> = {
  take: {
    az: {
      title: 'Müraciətinizə baxılır: {reference}',
      body: '«{service}» xidməti üzrə {reference} nömrəli müraciətinizə icra hakimiyyətinin əməkdaşı baxır.',
    },
    en: {
      title: 'Your application is in review: {reference}',
      body: 'An officer of the authority is reviewing your application {reference} for “{service}”.',
    },
    ru: {
      title: 'Ваше заявление рассматривается: {reference}',
      body: 'Сотрудник исполнительной власти рассматривает ваше заявление {reference} на услугу «{service}».',
    },
  },
  'request-information': {
    az: {
      title: 'Əlavə məlumat lazımdır: {reference}',
      body: '«{service}» xidməti üzrə {reference} nömrəli müraciətiniz üçün əlavə məlumat istənilir: {note}',
    },
    en: {
      title: 'More information needed: {reference}',
      body: 'The authority asks for more information on your application {reference} for “{service}”: {note}',
    },
    ru: {
      title: 'Нужны дополнительные сведения: {reference}',
      body: 'По вашему заявлению {reference} на услугу «{service}» запрошены дополнительные сведения: {note}',
    },
  },
  resubmit: {
    az: {
      title: 'Müraciətiniz yenidən göndərildi: {reference}',
      body: '«{service}» xidməti üzrə {reference} nömrəli müraciətiniz yenidən icra hakimiyyətinə göndərildi.',
    },
    en: {
      title: 'Application resubmitted: {reference}',
      body: 'Your application {reference} for “{service}” was sent to the authority again.',
    },
    ru: {
      title: 'Заявление отправлено повторно: {reference}',
      body: 'Ваше заявление {reference} на услугу «{service}» снова передано в исполнительную власть.',
    },
  },
  approve: {
    az: {
      title: 'Müraciətiniz təsdiqləndi: {reference}',
      body: '«{service}» xidməti üzrə {reference} nömrəli müraciətiniz təsdiqləndi.',
    },
    en: {
      title: 'Application approved: {reference}',
      body: 'Your application {reference} for “{service}” was approved.',
    },
    ru: {
      title: 'Заявление одобрено: {reference}',
      body: 'Ваше заявление {reference} на услугу «{service}» одобрено.',
    },
  },
  reject: {
    az: {
      title: 'Müraciətiniz rədd edildi: {reference}',
      body: '«{service}» xidməti üzrə {reference} nömrəli müraciətiniz rədd edildi. Səbəb: {note}',
    },
    en: {
      title: 'Application rejected: {reference}',
      body: 'Your application {reference} for “{service}” was rejected. Reason: {note}',
    },
    ru: {
      title: 'Заявление отклонено: {reference}',
      body: 'Ваше заявление {reference} на услугу «{service}» отклонено. Причина: {note}',
    },
  },
  complete: {
    az: {
      title: 'Müraciətiniz icra olundu: {reference}',
      body: '«{service}» xidməti üzrə {reference} nömrəli müraciətiniz icra olundu.',
    },
    en: {
      title: 'Application completed: {reference}',
      body: 'Your application {reference} for “{service}” is completed.',
    },
    ru: {
      title: 'Заявление исполнено: {reference}',
      body: 'Ваше заявление {reference} на услугу «{service}» исполнено.',
    },
  },
  withdraw: {
    az: {
      title: 'Müraciətiniz geri götürüldü: {reference}',
      body: '«{service}» xidməti üzrə {reference} nömrəli müraciətinizi geri götürdünüz; ona daha baxılmayacaq.',
    },
    en: {
      title: 'Application withdrawn: {reference}',
      body: 'You withdrew your application {reference} for “{service}”; it will not be considered.',
    },
    ru: {
      title: 'Заявление отозвано: {reference}',
      body: 'Вы отозвали заявление {reference} на услугу «{service}»; оно не будет рассмотрено.',
    },
  },
};

async function notifyTransition(tx: Tx, row: ApplicationRow, action: ServiceAction, note?: string) {
  const [notification] = await tx
    .insert(notifications)
    .values({ recipient: row.citizen, link: `/v1/service-applications/${row.id}` })
    .returning({ id: notifications.id });
  const fill = (template: string, lang: Lang) =>
    template
      .replaceAll('{reference}', row.reference)
      .replaceAll('{service}', textIn(row.serviceTitle, lang))
      .replaceAll('{note}', note ?? '');
  await tx.insert(notificationTranslations).values(
    (Object.keys(notices[action]) as Lang[]).map((lang) => ({
      notificationId: notification!.id,
      lang,
      title: fill(notices[action][lang].title, lang),
      body: fill(notices[action][lang].body, lang),
    })),
  );
}

/**
 * Where an application waits on the authority: its due date runs. While it waits on the citizen
 * (needs_information) the clock stops, and resubmitting moves the due date on by the days it waited.
 */
export const OPEN_STATUSES: readonly ServiceApplicationStatus[] = ['submitted', 'in_review', 'resubmitted'];

/** Whether an application is past its due date on `today` (a Baku date) and still waiting on the authority. */
export function isOverdue(row: Pick<ApplicationRow, 'status' | 'dueOn'>, today: IsoDate): boolean {
  return OPEN_STATUSES.includes(row.status) && row.dueOn < today;
}

export interface QueueCursor {
  d: IsoDate;
  i: string;
}

export interface QueueFilter {
  authority: string;
  service?: string;
  status?: ServiceApplicationStatus;
  /** Only those the officer (by sub) holds. */
  assignedTo?: string;
  /** Only those undecided and past their due date on this Baku date. */
  overdueOn?: IsoDate;
}

/** The officers' queue of an authority: the soonest due first. */
export async function listQueue(db: Db, filter: QueueFilter, limit: number, after?: QueueCursor) {
  const t = serviceApplications;
  const rows = await selectApplications(db)
    .where(
      and(
        eq(t.authoritySlug, filter.authority),
        filter.status === undefined ? undefined : eq(t.status, filter.status),
        filter.service === undefined ? undefined : eq(t.serviceSlug, filter.service),
        filter.assignedTo === undefined ? undefined : eq(t.assignedTo, filter.assignedTo),
        filter.overdueOn === undefined
          ? undefined
          : and(lt(t.dueOn, filter.overdueOn), inArray(t.status, [...OPEN_STATUSES])),
        // A row comparison, so that the index range starts at the cursor.
        after === undefined ? undefined : sql`(${t.dueOn}, ${t.id}) > (${after.d}::date, ${after.i}::uuid)`,
      ),
    )
    .orderBy(asc(t.dueOn), asc(t.id))
    .limit(limit + 1);
  return { items: rows.slice(0, limit), hasMore: rows.length > limit };
}
