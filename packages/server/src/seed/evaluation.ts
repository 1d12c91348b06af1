/**
 * The State Agency's evaluation of e-services: the published results of 2013–2018, exactly as the
 * reports give them (loaded as published aggregates), and a few demo central executive bodies with
 * some of their services, so that evaluators can record the next campaign per service. The bodies
 * are real institutions' names; the services listed are a demo selection, not the official list.
 * No campaign after 2018 is seeded: evaluators create it.
 */
import { count } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import {
  evaluatedBodies,
  evaluatedServices,
  evaluationAggregates,
  evaluationCampaigns,
} from '../db/schema.js';

type Names = { az: string; en: string; ru: string };

export interface SeedEvaluatedBody {
  slug: string;
  name: Names;
  services: Array<{ id: string; name: Names }>;
}

/** A year's published totals, in the report's order of columns. */
export interface SeedEvaluationYear {
  year: number;
  bodies: number;
  services: number;
  electronicized: number;
  notElectronicized: number;
  /** Services whose evaluation was stopped: among the year's services, but neither electronicized nor not. */
  stopped: number;
  unsatisfactory: number;
  satisfactory: number;
  good: number;
  excellent: number;
}

/**
 * The published results. In 2016 the evaluation of 22 services was stopped: a decree moved them to
 * the Ministry of Economy, as they were no longer activities requiring a licence or permit
 * (444 = 351 + 71 + 22).
 */
export const seedEvaluationYears: SeedEvaluationYear[] = [
  {
    year: 2013,
    bodies: 40,
    services: 439,
    electronicized: 305,
    notElectronicized: 134,
    stopped: 0,
    unsatisfactory: 5,
    satisfactory: 83,
    good: 142,
    excellent: 75,
  },
  {
    year: 2014,
    bodies: 41,
    services: 438,
    electronicized: 341,
    notElectronicized: 97,
    stopped: 0,
    unsatisfactory: 55,
    satisfactory: 72,
    good: 100,
    excellent: 114,
  },
  {
    year: 2015,
    bodies: 39,
    services: 438,
    electronicized: 354,
    notElectronicized: 84,
    stopped: 0,
    unsatisfactory: 67,
    satisfactory: 54,
    good: 105,
    excellent: 128,
  },
  {
    year: 2016,
    bodies: 34,
    services: 444,
    electronicized: 351,
    notElectronicized: 71,
    stopped: 22,
    unsatisfactory: 30,
    satisfactory: 58,
    good: 109,
    excellent: 154,
  },
  {
    year: 2017,
    bodies: 30,
    services: 404,
    electronicized: 330,
    notElectronicized: 74,
    stopped: 0,
    unsatisfactory: 19,
    satisfactory: 51,
    good: 105,
    excellent: 155,
  },
  {
    year: 2018,
    bodies: 29,
    services: 410,
    electronicized: 345,
    notElectronicized: 65,
    stopped: 0,
    unsatisfactory: 76,
    satisfactory: 45,
    good: 102,
    excellent: 122,
  },
];

/** `e7a10000-0000-4000-8000-0000000000<body><service>`: fixed, so tests and the demo can name them. */
const serviceId = (body: number, service: number) => `e7a10000-0000-4000-8000-0000000000${body}${service}`;

export const seedEvaluatedBodies: SeedEvaluatedBody[] = [
  {
    slug: 'ministry-of-justice',
    name: { az: 'Ədliyyə Nazirliyi', en: 'Ministry of Justice', ru: 'Министерство юстиции' },
    services: [
      {
        id: serviceId(1, 1),
        name: {
          az: 'Vətəndaşlıq vəziyyəti aktlarının qeydiyyatı haqqında şəhadətnamənin verilməsi',
          en: 'Issuing certificates of civil status registration',
          ru: 'Выдача свидетельств о регистрации актов гражданского состояния',
        },
      },
      {
        id: serviceId(1, 2),
        name: {
          az: 'Qeyri-kommersiya təşkilatlarının dövlət qeydiyyatı',
          en: 'State registration of non-commercial organisations',
          ru: 'Государственная регистрация некоммерческих организаций',
        },
      },
      {
        id: serviceId(1, 3),
        name: {
          az: 'Notariat hərəkətləri üçün elektron növbə',
          en: 'Electronic queue for notarial acts',
          ru: 'Электронная очередь на нотариальные действия',
        },
      },
    ],
  },
  {
    slug: 'ministry-of-taxes',
    name: { az: 'Vergilər Nazirliyi', en: 'Ministry of Taxes', ru: 'Министерство налогов' },
    services: [
      {
        id: serviceId(2, 1),
        name: {
          az: 'Vergi bəyannamələrinin elektron qəbulu',
          en: 'Electronic filing of tax returns',
          ru: 'Электронный приём налоговых деклараций',
        },
      },
      {
        id: serviceId(2, 2),
        name: {
          az: 'Vergi ödəyicisinin uçota alınması (VÖEN)',
          en: 'Taxpayer registration (TIN)',
          ru: 'Постановка налогоплательщика на учёт (ИНН)',
        },
      },
      {
        id: serviceId(2, 3),
        name: {
          az: 'Vergi borcunun olmaması barədə arayışın verilməsi',
          en: 'Certificate of no tax arrears',
          ru: 'Справка об отсутствии налоговой задолженности',
        },
      },
    ],
  },
  {
    slug: 'ministry-of-labour',
    name: {
      az: 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
      en: 'Ministry of Labour and Social Protection of Population',
      ru: 'Министерство труда и социальной защиты населения',
    },
    services: [
      {
        id: serviceId(3, 1),
        name: {
          az: 'Ünvanlı dövlət sosial yardımının təyin edilməsi',
          en: 'Granting targeted state social assistance',
          ru: 'Назначение адресной государственной социальной помощи',
        },
      },
      {
        id: serviceId(3, 2),
        name: {
          az: 'Əmək müqaviləsi bildirişinin qeydiyyatı',
          en: 'Registering notices of employment contracts',
          ru: 'Регистрация уведомлений о трудовых договорах',
        },
      },
      {
        id: serviceId(3, 3),
        name: {
          az: 'Əmək pensiyasının təyin edilməsi',
          en: 'Granting labour pensions',
          ru: 'Назначение трудовой пенсии',
        },
      },
    ],
  },
  {
    slug: 'ministry-of-economy',
    name: { az: 'İqtisadiyyat Nazirliyi', en: 'Ministry of Economy', ru: 'Министерство экономики' },
    services: [
      {
        id: serviceId(4, 1),
        name: {
          az: 'Sahibkarlıq fəaliyyəti üçün lisenziyaların verilməsi',
          en: 'Issuing licences for business activities',
          ru: 'Выдача лицензий на предпринимательскую деятельность',
        },
      },
      {
        id: serviceId(4, 2),
        name: {
          az: 'İnvestisiya təşviqi sənədinin verilməsi',
          en: 'Issuing investment promotion certificates',
          ru: 'Выдача документа о поощрении инвестиций',
        },
      },
    ],
  },
  {
    slug: 'state-migration-service',
    name: {
      az: 'Dövlət Miqrasiya Xidməti',
      en: 'State Migration Service',
      ru: 'Государственная миграционная служба',
    },
    services: [
      {
        id: serviceId(5, 1),
        name: {
          az: 'Müvəqqəti yaşamaq üçün icazənin verilməsi',
          en: 'Issuing temporary residence permits',
          ru: 'Выдача разрешений на временное проживание',
        },
      },
      {
        id: serviceId(5, 2),
        name: {
          az: 'Əcnəbilərə iş icazəsinin verilməsi',
          en: 'Issuing work permits to foreigners',
          ru: 'Выдача разрешений на работу иностранцам',
        },
      },
      {
        id: serviceId(5, 3),
        name: {
          az: 'Yaşayış yeri üzrə qeydiyyata alınma',
          en: 'Registration at the place of stay',
          ru: 'Регистрация по месту пребывания',
        },
      },
    ],
  },
];

/**
 * Loads the evaluated bodies and their services when there is none yet, and the published years when
 * there is no campaign yet (so a database seeded before the evaluation existed gets them on its next
 * start, and what evaluators changed later stays). The reports' publication dates are not part of the
 * dataset: a historical year is dated to the first day of the next.
 */
export async function seedEvaluation(tx: Db): Promise<void> {
  const [bodies] = await tx.select({ n: count() }).from(evaluatedBodies);
  if ((bodies?.n ?? 0) === 0) {
    await tx
      .insert(evaluatedBodies)
      .values(seedEvaluatedBodies.map((body, position) => ({ slug: body.slug, position, name: body.name })));
    await tx.insert(evaluatedServices).values(
      seedEvaluatedBodies.flatMap((body) =>
        body.services.map((service, position) => ({
          id: service.id,
          bodySlug: body.slug,
          position,
          name: service.name,
        })),
      ),
    );
  }
  const [campaigns] = await tx.select({ n: count() }).from(evaluationCampaigns);
  if ((campaigns?.n ?? 0) > 0) return;
  await tx.insert(evaluationCampaigns).values(
    seedEvaluationYears.map(({ year }) => ({
      year,
      source: 'published-aggregate' as const,
      status: 'published' as const,
      publishedAt: new Date(Date.UTC(year + 1, 0, 1)),
    })),
  );
  await tx.insert(evaluationAggregates).values(seedEvaluationYears);
}
