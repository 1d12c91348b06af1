/**
 * Demo staff and notifications. For each pilot authority one official per role and one official
 * with no role; two evaluators of the State Agency. All names are fictional. Ids are fixed so that
 * tests and the demo sign-in page can name them.
 */
import { OFFICIAL_ROLES, type StaffKind, type StaffRole } from '../domain/enums.js';
import type { Localized } from './types.js';

export interface SeedStaff {
  id: string;
  kind: StaffKind;
  authority: 'ganja' | 'guba' | 'masalli' | null;
  displayName: string;
  roles: StaffRole[];
}

const AUTHORITIES = ['ganja', 'guba', 'masalli'] as const;
const NAMES: Record<(typeof AUTHORITIES)[number], string[]> = {
  ganja: [
    'Anar Səfərov',
    'Samirə Bağırova',
    'İlqar Novruzov',
    'Zəhra Əsgərova',
    'Fərid Qasımov',
    'Lalə Tağıyeva',
  ],
  guba: [
    'Rüstəm Hacıyev',
    'Aytən Kazımova',
    'Nicat Şirinov',
    'Məleykə Əmirova',
    'Elnur Zeynalov',
    'Sevda Rəhimova',
  ],
  masalli: [
    'Tərlan Musayev',
    'Xədicə Bayramova',
    'Vüqar Salmanov',
    'Pərvin Nağıyeva',
    'Ceyhun Əkbərov',
    'İradə Qafarova',
  ],
};

/** `00000000-0000-4000-8000-<authority digit><role digit>…`: readable, fixed, v4-shaped. */
function staffId(authorityIndex: number, roleIndex: number): string {
  return `5a0ff000-0000-4000-8000-0000000${authorityIndex}${roleIndex}000`.slice(0, 36);
}

export const seedStaff: SeedStaff[] = [
  ...AUTHORITIES.flatMap((authority, a) =>
    [...OFFICIAL_ROLES.map((role) => [role] as StaffRole[]), [] as StaffRole[]].map((roles, r) => ({
      id: staffId(a + 1, r + 1),
      kind: 'official' as const,
      authority,
      displayName: NAMES[authority][r]!,
      roles,
    })),
  ),
  // Guba's second reception officer: two officers may give the same time to two citizens at once,
  // and the database must refuse the second.
  {
    id: staffId(2, 7),
    kind: 'official',
    authority: 'guba',
    displayName: 'Günel Abbasova',
    roles: ['reception'],
  },
  {
    id: staffId(9, 1),
    kind: 'evaluator',
    authority: null,
    displayName: 'Gülşən Məmmədli',
    roles: ['evaluator'],
  },
  {
    id: staffId(9, 2),
    kind: 'evaluator',
    authority: null,
    displayName: 'Bəhruz Əlizadə',
    roles: ['evaluator'],
  },
];

export interface SeedNotification {
  id: string;
  /** The FIN of the citizen it is for. */
  fin: string;
  createdAt: string;
  read: boolean;
  link: string | null;
  title: Required<Localized>;
  body: Required<Localized>;
}

export const seedNotifications: SeedNotification[] = [
  {
    id: '0f1c0000-0000-4000-8000-000000000001',
    fin: '5HK2L7P',
    createdAt: '2026-11-20T09:15:00.000Z',
    read: false,
    link: null,
    title: {
      az: 'Qəbula yazılışınız təsdiqləndi',
      en: 'Your reception appointment is confirmed',
      ru: 'Ваша запись на приём подтверждена',
    },
    body: {
      az: 'Sizi 2 dekabr saat 10:00-da Gəncə Şəhər İcra Hakimiyyətində gözləyirik.',
      en: 'We expect you at Ganja City Executive Power on 2 December at 10:00.',
      ru: 'Ждём вас в исполнительной власти города Гянджа 2 декабря в 10:00.',
    },
  },
  {
    id: '0f1c0000-0000-4000-8000-000000000002',
    fin: '5HK2L7P',
    createdAt: '2026-11-18T14:40:00.000Z',
    read: true,
    link: null,
    title: {
      az: 'Müraciətiniz qeydə alındı',
      en: 'Your application has been registered',
      ru: 'Ваше обращение зарегистрировано',
    },
    body: {
      az: 'Həyətin təmiri ilə bağlı müraciətiniz baxılmaq üçün qəbul edildi.',
      en: 'Your application about the courtyard repair has been accepted for review.',
      ru: 'Ваше обращение о ремонте двора принято к рассмотрению.',
    },
  },
  {
    id: '0f1c0000-0000-4000-8000-000000000003',
    fin: '5HK2L7P',
    createdAt: '2026-11-10T08:00:00.000Z',
    read: false,
    link: null,
    title: {
      az: 'Yeni sorğu: parkın yenidən qurulması',
      en: 'New poll: rebuilding the park',
      ru: 'Новый опрос: реконструкция парка',
    },
    body: {
      az: 'Şəhər parkının yenidən qurulması layihəsi barədə fikrinizi bildirin.',
      en: 'Tell us what you think of the plan to rebuild the city park.',
      ru: 'Выскажите мнение о проекте реконструкции городского парка.',
    },
  },
  {
    id: '0f1c0000-0000-4000-8000-000000000004',
    fin: '8VB5N3M',
    createdAt: '2026-11-21T11:30:00.000Z',
    read: false,
    link: null,
    title: {
      az: 'Məlumatlarınız yeniləndi',
      en: 'Your details were updated',
      ru: 'Ваши данные обновлены',
    },
    body: {
      az: 'Əhali reyestrindən gələn ünvanınız yeniləndi; onu şəxsi kabinetin profilində yoxlaya bilərsiniz.',
      en: 'Your address from the population registry was updated; you can check it in the profile of your personal cabinet.',
      ru: 'Ваш адрес из регистра населения обновлён; проверить его можно в профиле личного кабинета.',
    },
  },
  {
    id: '0f1c0000-0000-4000-8000-000000000005',
    fin: '4KJ7H2G',
    createdAt: '2026-11-19T16:05:00.000Z',
    read: false,
    link: null,
    title: {
      az: 'Müraciətinizə əlavə məlumat lazımdır',
      en: 'Your application needs more information',
      ru: 'К вашему обращению нужны дополнительные сведения',
    },
    body: {
      az: 'Zəhmət olmasa, torpaq sahəsinin planını əlavə edin.',
      en: 'Please attach the plan of the land plot.',
      ru: 'Пожалуйста, приложите план земельного участка.',
    },
  },
];
