/**
 * Demo e-participation: polls of the pilot authorities on planned projects — open (with live
 * results), closed (results out) and upcoming — and votes of demo citizens of the population
 * registry. Demo data: each voter is recorded as having taken the poll's ballot credential, and the
 * votes are written straight into the folded tallies (no ballot passes through the box; see
 * docs/ballot-secrecy.md). Dates are relative to the moment of seeding.
 */
import { createHash } from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { ballotCredentials, participationApplications, polls } from '../db/schema.js';
import { createPoll, type PollDefinition } from '../features/participation/index.js';
import { seedPopulation } from './population.js';
import { seedStaff } from './staff.js';

type Text = { az: string; en: string; ru: string };

interface SeedPoll {
  id: string;
  authority: 'ganja' | 'guba' | 'masalli';
  question: Text;
  options: Text[];
  /** Days from the moment of seeding (negative: in the past). */
  opens: number;
  closes: number;
  eligibility: PollDefinition['eligibility'];
  resultsVisibility: PollDefinition['resultsVisibility'];
  /** Votes: for each voter (FIN of the demo registry), the option chosen. */
  votes: Array<[fin: string, option: number]>;
}

/** Guba's open poll, which the example site also shows on its own. */
export const SEED_GUBA_OPEN_POLL = '5eed9011-0000-4000-8000-000000000001';

export const seedPolls: SeedPoll[] = [
  {
    id: SEED_GUBA_OPEN_POLL,
    authority: 'guba',
    question: {
      az: 'Xan bağının yenidən qurulması layihəsində nəyə üstünlük verilməlidir?',
      en: 'What should come first in the plan to rebuild the Khan’s Garden?',
      ru: 'Что должно стать главным в проекте реконструкции Ханского сада?',
    },
    options: [
      { az: 'Uşaq meydançası', en: 'A playground', ru: 'Детская площадка' },
      { az: 'Yeni ağaclar və kölgə', en: 'New trees and shade', ru: 'Новые деревья и тень' },
      { az: 'İşıqlandırma və skamyalar', en: 'Lighting and benches', ru: 'Освещение и скамейки' },
    ],
    opens: -5,
    closes: 25,
    eligibility: 'all_citizens',
    resultsVisibility: 'live',
    votes: [
      ['1AS9D4F', 1],
      ['5GH2J6K', 0],
      ['3LZ8X1C', 1],
      ['7QE4W9R', 2],
      ['2TY6U3I', 1],
      ['9PL3K5J', 0],
      ['4DF7G2H', 1],
    ],
  },
  {
    id: '5eed9011-0000-4000-8000-000000000002',
    authority: 'guba',
    question: {
      az: 'Şəhər avtobusunun yeni marşrutu hansı məhəllədən keçməlidir?',
      en: 'Which neighbourhood should the new town bus route serve?',
      ru: 'Через какой район должен пройти новый городской автобусный маршрут?',
    },
    options: [
      { az: 'Qırmızı Qəsəbə', en: 'Qırmızı Qəsəbə', ru: 'Красная Слобода' },
      { az: 'Dəmirçi məhəlləsi', en: 'Dəmirçi quarter', ru: 'Квартал Демирчи' },
    ],
    opens: -30,
    closes: -3,
    eligibility: 'residents',
    resultsVisibility: 'after_close',
    votes: [
      ['1AS9D4F', 0],
      ['5GH2J6K', 0],
      ['3LZ8X1C', 1],
      ['7QE4W9R', 0],
      ['2TY6U3I', 1],
      ['9OP1A5S', 0],
    ],
  },
  {
    id: '5eed9011-0000-4000-8000-000000000003',
    authority: 'guba',
    question: {
      az: 'Gənclər mərkəzində hansı dərnək açılsın?',
      en: 'Which club should the youth centre open?',
      ru: 'Какой кружок открыть в молодёжном центре?',
    },
    options: [
      { az: 'Robototexnika', en: 'Robotics', ru: 'Робототехника' },
      { az: 'Xalçaçılıq', en: 'Carpet weaving', ru: 'Ковроткачество' },
      { az: 'Şahmat', en: 'Chess', ru: 'Шахматы' },
    ],
    opens: 3,
    closes: 33,
    eligibility: 'residents',
    resultsVisibility: 'after_vote',
    votes: [],
  },
  {
    id: '5eed9011-0000-4000-8000-000000000004',
    authority: 'ganja',
    question: {
      az: 'Cavad xan küçəsində piyada zonası bazar günləri də açıq olsunmu?',
      en: 'Should the Javad Khan Street pedestrian zone also be open on Sundays?',
      ru: 'Должна ли пешеходная зона на улице Джавад-хана работать и по воскресеньям?',
    },
    options: [
      { az: 'Bəli', en: 'Yes', ru: 'Да' },
      { az: 'Xeyr', en: 'No', ru: 'Нет' },
    ],
    opens: -2,
    closes: 12,
    eligibility: 'residents',
    resultsVisibility: 'after_vote',
    votes: [
      ['9PL3K5J', 0],
      ['4DF7G2H', 0],
      ['6RT1Y8U', 1],
    ],
  },
  {
    id: '5eed9011-0000-4000-8000-000000000005',
    authority: 'masalli',
    question: {
      az: 'İstisu kurort zonasında hansı xidmət ilk növbədə yaradılmalıdır?',
      en: 'Which service should the İstisu resort area get first?',
      ru: 'Какую услугу в курортной зоне Истису создать в первую очередь?',
    },
    options: [
      { az: 'Avtobus xətti', en: 'A bus line', ru: 'Автобусная линия' },
      { az: 'Tibb məntəqəsi', en: 'A first-aid post', ru: 'Медпункт' },
      {
        az: 'Turizm məlumat mərkəzi',
        en: 'A tourist information centre',
        ru: 'Туристический информационный центр',
      },
    ],
    opens: -7,
    closes: 21,
    eligibility: 'all_citizens',
    resultsVisibility: 'live',
    votes: [
      ['8VB5N3M', 1],
      ['1AS9D4F', 0],
      ['6RT1Y8U', 1],
    ],
  },
];

const DAY = 86_400_000;

/**
 * Loads the demo polls and votes when the pilot authorities exist and there is no poll and no
 * application yet (a database seeded before e-participation existed gets them on its next start).
 */
export async function seedParticipation(db: Db, at = Date.now()): Promise<void> {
  const [pollCount] = await db.select({ n: count() }).from(polls);
  const [applicationCount] = await db.select({ n: count() }).from(participationApplications);
  if ((pollCount?.n ?? 0) > 0 || (applicationCount?.n ?? 0) > 0) return;
  const fins = new Set(seedPopulation.map((person) => person.fin));
  for (const poll of seedPolls) {
    const moderator = seedStaff.find((s) => s.authority === poll.authority && s.roles.includes('moderator'));
    if (!moderator) continue; // the authority is not in this database
    const id = await createPoll(
      db,
      { sub: moderator.id, authority: poll.authority },
      {
        question: poll.question,
        options: poll.options,
        opensAt: new Date(at + poll.opens * DAY).toISOString(),
        closesAt: new Date(at + poll.closes * DAY).toISOString(),
        eligibility: poll.eligibility,
        resultsVisibility: poll.resultsVisibility,
      },
      poll.id,
    );
    const tallies = new Map<number, number>();
    for (const [fin, option] of poll.votes) {
      if (!fins.has(fin)) throw new Error(`seed: ${fin} is not in the demo population registry`);
      tallies.set(option, (tallies.get(option) ?? 0) + 1);
    }
    if (poll.votes.length === 0) continue;
    await db.insert(ballotCredentials).values(
      poll.votes.map(([fin]) => ({
        pollId: id,
        fin: fin.toUpperCase(),
        blindedHash: createHash('sha256').update(`seed ${id} ${fin}`).digest(),
      })),
    );
    await db.execute(sql`
      update poll_options
      set votes = coalesce((${JSON.stringify(Object.fromEntries(tallies))}::jsonb ->> position::text)::int, 0)
      where poll_id = ${id}`);
  }
}
