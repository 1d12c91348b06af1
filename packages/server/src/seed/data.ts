/**
 * Demo seed content for the reference server: three pilot authorities, and their news (news/).
 *
 * All contact data is demo data. Officials are never named; texts say "the head of the executive power".
 */
import type { SeedAuthority } from './types.js';

export { seedNews } from './news/index.js';

export const seedAuthorities: SeedAuthority[] = [
  {
    slug: 'ganja',
    kind: 'city',
    name: {
      az: 'Gəncə Şəhər İcra Hakimiyyəti',
      en: 'Ganja City Executive Power',
      ru: 'Исполнительная власть города Гянджа',
    },
    shortName: { az: 'Gəncə', en: 'Ganja', ru: 'Гянджа' },
    contacts: {
      address: {
        az: 'Gəncə şəhəri, Cavad xan küçəsi 1, AZ2000',
        en: '1 Javad Khan Street, Ganja AZ2000, Azerbaijan',
        ru: 'г. Гянджа, ул. Джавад хана, 1, AZ2000',
      },
      phone: '+994 22 200 00 01',
      email: 'info@ganja-ih.gov.az',
      website: 'https://ganja-ih.gov.az',
    },
    allowedOrigins: ['https://ganja-ih.gov.az', 'https://www.ganja-ih.gov.az'],
  },
  {
    slug: 'guba',
    kind: 'district',
    name: {
      az: 'Quba Rayon İcra Hakimiyyəti',
      en: 'Guba District Executive Power',
      ru: 'Исполнительная власть Губинского района',
    },
    shortName: { az: 'Quba', en: 'Guba', ru: 'Губа' },
    contacts: {
      address: {
        az: 'Quba şəhəri, Fətəli xan küçəsi 1, AZ4000',
        en: '1 Fatali Khan Street, Guba AZ4000, Azerbaijan',
        ru: 'г. Губа, ул. Фатали хана, 1, AZ4000',
      },
      phone: '+994 23 330 00 01',
      email: 'info@guba-ih.gov.az',
      website: 'https://guba-ih.gov.az',
    },
    allowedOrigins: ['https://guba-ih.gov.az', 'https://www.guba-ih.gov.az'],
  },
  {
    slug: 'masalli',
    kind: 'district',
    name: {
      az: 'Masallı Rayon İcra Hakimiyyəti',
      en: 'Masalli District Executive Power',
      ru: 'Исполнительная власть Масаллинского района',
    },
    shortName: { az: 'Masallı', en: 'Masalli', ru: 'Масаллы' },
    contacts: {
      address: {
        az: 'Masallı şəhəri, İstiqlal küçəsi 1, AZ4400',
        en: '1 Istiglal Street, Masalli AZ4400, Azerbaijan',
        ru: 'г. Масаллы, ул. Истиглал, 1, AZ4400',
      },
      phone: '+994 25 210 00 01',
      email: 'info@masalli-ih.gov.az',
      website: 'https://masalli-ih.gov.az',
    },
    allowedOrigins: ['https://masalli-ih.gov.az', 'https://www.masalli-ih.gov.az'],
  },
];
