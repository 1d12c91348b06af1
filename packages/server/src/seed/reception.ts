/**
 * The demo citizen reception: the topics a citizen may ask to meet about, and for each pilot
 * authority the officials who receive citizens (the head and two deputies, fictional names), their
 * reception rooms and their weekly hours in Baku time. Loaded once, when there is no topic yet and
 * the authorities exist (so a database seeded before the reception existed gets it on its next
 * start). Ids are fixed so that tests and the demo can name them.
 */
import { count } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import {
  authorities,
  receptionHours,
  receptionOfficials,
  receptionRooms,
  receptionTopics,
} from '../db/schema.js';
import { t } from './forms.js';
import type { Localized } from './types.js';

export const seedReceptionTopics: { slug: string; title: Localized }[] = [
  {
    slug: 'housing',
    title: t('Mənzil və kommunal məsələlər', 'Housing and utilities', 'Жильё и коммунальные вопросы'),
  },
  { slug: 'land', title: t('Torpaq və tikinti', 'Land and building', 'Земля и строительство') },
  { slug: 'social', title: t('Sosial müdafiə', 'Social support', 'Социальная защита') },
  { slug: 'employment', title: t('Məşğulluq', 'Employment', 'Занятость') },
  {
    slug: 'infrastructure',
    title: t('Yollar və abadlıq', 'Roads and public works', 'Дороги и благоустройство'),
  },
  {
    slug: 'education-health',
    title: t('Təhsil və səhiyyə', 'Education and health', 'Образование и здравоохранение'),
  },
  { slug: 'complaint', title: t('Şikayət', 'A complaint', 'Жалоба') },
  { slug: 'other', title: t('Digər', 'Something else', 'Другое') },
];

const AUTHORITIES = ['ganja', 'guba', 'masalli'] as const;

/** `5ecef000-0000-4000-8000-0000000<authority><kind><n>…`: readable, fixed, v4-shaped. */
const receptionId = (authority: number, kind: number, n: number) =>
  `5ecef000-0000-4000-8000-0000000${authority}${kind}${n}000`.slice(0, 36);

const NAMES: Record<(typeof AUTHORITIES)[number], [string, string, string]> = {
  ganja: ['Elçin Rəhimli', 'Günay Abbasova', 'Rauf Məmmədov'],
  guba: ['Şahin Quliyev', 'Nərmin Həsənova', 'Kamran Əliyev'],
  masalli: ['Ramil Cəfərov', 'Səbinə Kərimova', 'Orxan Nəbiyev'],
};

/** The position of the head and of the two deputies. */
const POSITIONS = [
  t('İcra hakimiyyətinin başçısı', 'Head of the executive power', 'Глава исполнительной власти'),
  t(
    'Başçının sosial məsələlər üzrə müavini',
    'Deputy head for social affairs',
    'Заместитель главы по социальным вопросам',
  ),
  t(
    'Başçının tikinti və abadlıq üzrə müavini',
    'Deputy head for construction and public works',
    'Заместитель главы по строительству и благоустройству',
  ),
];

/** Transliterations of the names for English and Russian, as they would be printed. */
const LATIN: Record<string, [string, string]> = {
  'Elçin Rəhimli': ['Elchin Rahimli', 'Эльчин Рагимли'],
  'Günay Abbasova': ['Gunay Abbasova', 'Гюнай Аббасова'],
  'Rauf Məmmədov': ['Rauf Mammadov', 'Рауф Мамедов'],
  'Şahin Quliyev': ['Shahin Guliyev', 'Шахин Гулиев'],
  'Nərmin Həsənova': ['Narmin Hasanova', 'Нармин Гасанова'],
  'Kamran Əliyev': ['Kamran Aliyev', 'Камран Алиев'],
  'Ramil Cəfərov': ['Ramil Jafarov', 'Рамиль Джафаров'],
  'Səbinə Kərimova': ['Sabina Karimova', 'Сабина Керимова'],
  'Orxan Nəbiyev': ['Orkhan Nabiyev', 'Орхан Набиев'],
};

export interface SeedReceptionOfficial {
  id: string;
  authority: (typeof AUTHORITIES)[number];
  name: Localized;
  title: Localized;
  slotMinutes: number;
  /** An illustrated portrait the portal serves (media/reception/): the demo's people are fictional. */
  photoUrl: string;
  /** Weekly rules: ISO weekday, from, to (Baku time), the room's index. */
  hours: { weekday: number; startsAt: string; endsAt: string; room: number }[];
}

export interface SeedReceptionRoom {
  id: string;
  authority: (typeof AUTHORITIES)[number];
  name: Localized;
}

export const seedReceptionRooms: SeedReceptionRoom[] = AUTHORITIES.flatMap((authority, a) => [
  { id: receptionId(a + 1, 1, 1), authority, name: t('204-cü otaq', 'Room 204', 'Кабинет 204') },
  { id: receptionId(a + 1, 1, 2), authority, name: t('Qəbul zalı', 'Reception hall', 'Приёмный зал') },
]);

export const seedReceptionOfficials: SeedReceptionOfficial[] = AUTHORITIES.flatMap((authority, a) =>
  NAMES[authority].map((name, i) => {
    const [en, ru] = LATIN[name]!;
    return {
      id: receptionId(a + 1, 2, i + 1),
      authority,
      name: t(name, en, ru),
      title: POSITIONS[i]!,
      slotMinutes: i === 0 ? 15 : 20,
      photoUrl: `/media/reception/${authority}-${i + 1}.svg`,
      // The head receives on Tuesdays in room 204; the deputies on two mornings each in the hall.
      hours:
        i === 0
          ? [{ weekday: 2, startsAt: '10:00', endsAt: '13:00', room: 0 }]
          : [
              { weekday: i === 1 ? 1 : 3, startsAt: '09:00', endsAt: '12:00', room: 1 },
              { weekday: i === 1 ? 4 : 5, startsAt: '14:00', endsAt: '17:00', room: 1 },
            ],
    };
  }),
);

/** The day the demo reception hours hold from. */
const VALID_FROM = '2026-01-01';

export async function seedReception(tx: Db): Promise<void> {
  const [existing] = await tx.select({ n: count() }).from(receptionTopics);
  if ((existing?.n ?? 0) > 0) return;
  const slugs = new Set((await tx.select({ slug: authorities.slug }).from(authorities)).map((a) => a.slug));
  await tx
    .insert(receptionTopics)
    .values(seedReceptionTopics.map((topic, position) => ({ ...topic, position })));
  const rooms = seedReceptionRooms.filter((room) => slugs.has(room.authority));
  const officials = seedReceptionOfficials.filter((official) => slugs.has(official.authority));
  if (rooms.length === 0 || officials.length === 0) return;
  await tx
    .insert(receptionRooms)
    .values(rooms.map((room) => ({ id: room.id, authoritySlug: room.authority, name: room.name })));
  await tx.insert(receptionOfficials).values(
    officials.map((official, position) => ({
      id: official.id,
      authoritySlug: official.authority,
      position,
      name: official.name,
      title: official.title,
      slotMinutes: official.slotMinutes,
      photoUrl: official.photoUrl,
    })),
  );
  await tx.insert(receptionHours).values(
    officials.flatMap((official) =>
      official.hours.map((rule) => ({
        officialId: official.id,
        roomId: seedReceptionRooms.filter((room) => room.authority === official.authority)[rule.room]!.id,
        weekday: rule.weekday,
        startsAt: rule.startsAt,
        endsAt: rule.endsAt,
        validFrom: VALID_FROM,
      })),
    ),
  );
}
