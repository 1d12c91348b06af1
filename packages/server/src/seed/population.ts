/**
 * The demo population registry: fictional citizens. Every name, FIN, birth date and address here
 * is invented; none belongs to a real person. A FIN (personal identification number) is 7
 * characters, uppercase letters and digits, as on the real identity card.
 */
import type { FamilyRelation } from '../domain/enums.js';
import type { Localized } from './types.js';

/** Someone the registry holds at the same registered address, and how they are related. */
export interface SeedFamilyMember {
  firstName: string;
  lastName: string;
  patronymic: string;
  /** YYYY-MM-DD */
  birthDate: string;
  relation: FamilyRelation;
}

export interface SeedPerson {
  fin: string;
  firstName: string;
  lastName: string;
  patronymic: string;
  /** YYYY-MM-DD */
  birthDate: string;
  address: Required<Localized>;
  authority: 'ganja' | 'guba' | 'masalli';
  /** The others registered at the address, by their relation to this person. */
  family: SeedFamilyMember[];
}

function ganja(street: { az: string; en: string; ru: string }, house: number): Required<Localized> {
  return {
    az: `Gəncə şəhəri, ${street.az} ${house}`,
    en: `${house} ${street.en}, Ganja`,
    ru: `г. Гянджа, ${street.ru}, ${house}`,
  };
}
function guba(street: { az: string; en: string; ru: string }, house: number): Required<Localized> {
  return {
    az: `Quba şəhəri, ${street.az} ${house}`,
    en: `${house} ${street.en}, Guba`,
    ru: `г. Губа, ${street.ru}, ${house}`,
  };
}
function masalli(street: { az: string; en: string; ru: string }, house: number): Required<Localized> {
  return {
    az: `Masallı şəhəri, ${street.az} ${house}`,
    en: `${house} ${street.en}, Masalli`,
    ru: `г. Масаллы, ${street.ru}, ${house}`,
  };
}

const NIZAMI = { az: 'Nizami küçəsi', en: 'Nizami Street', ru: 'ул. Низами' };
const ATATURK = { az: 'Atatürk prospekti', en: 'Ataturk Avenue', ru: 'пр. Ататюрка' };
const SAMAD_VURGUN = { az: 'Səməd Vurğun küçəsi', en: 'Samad Vurgun Street', ru: 'ул. Самеда Вургуна' };
const HEYDAR_ALIYEV = { az: 'Heydər Əliyev prospekti', en: 'Heydar Aliyev Avenue', ru: 'пр. Гейдара Алиева' };
const ZARDABI = {
  az: 'Həsən bəy Zərdabi küçəsi',
  en: 'Hasan bey Zardabi Street',
  ru: 'ул. Гасан бека Зардаби',
};
const KHAGANI = { az: 'Xaqani küçəsi', en: 'Khagani Street', ru: 'ул. Хагани' };

const m = (
  relation: FamilyRelation,
  firstName: string,
  lastName: string,
  patronymic: string,
  birthDate: string,
): SeedFamilyMember => ({ relation, firstName, lastName, patronymic, birthDate });

/** The families of some demo citizens (the others live alone), as invented as the citizens. */
const FAMILIES: Record<string, SeedFamilyMember[]> = {
  '1AS9D4F': [
    m('spouse', 'Anar', 'Nəsibov', 'Kamil oğlu', '1979-05-02'),
    m('child', 'Aylin', 'Nəsibova', 'Anar qızı', '2010-09-15'),
    m('child', 'Tural', 'Nəsibov', 'Anar oğlu', '2015-02-27'),
  ],
  '8VB5N3M': [
    m('parent', 'Sevinc', 'Babayeva', 'Rafiq qızı', '1968-03-08'),
    m('sibling', 'Nigar', 'Babayeva', 'İlham qızı', '2004-12-01'),
  ],
  '5HK2L7P': [
    m('spouse', 'Ruslan', 'Məmmədov', 'Vaqif oğlu', '1987-06-19'),
    m('child', 'Ayan', 'Məmmədova', 'Ruslan qızı', '2019-04-04'),
  ],
  '5GH2J6K': [m('spouse', 'Zemfira', 'Rzayeva', 'Əli qızı', '1973-10-30')],
  '4KJ7H2G': [m('child', 'Elnur', 'Sadıqov', 'Fikrət oğlu', '2008-01-22')],
};

export const seedPopulation: SeedPerson[] = [
  p('5HK2L7P', 'Aysel', 'Məmmədova', 'Rauf qızı', '1990-03-14', ganja(NIZAMI, 12), 'ganja'),
  p('3QW8E1R', 'Elvin', 'Həsənov', 'Tofiq oğlu', '1985-07-02', ganja(ATATURK, 45), 'ganja'),
  p('7ZX4C9V', 'Günay', 'Quliyeva', 'Elçin qızı', '1998-11-23', ganja(SAMAD_VURGUN, 3), 'ganja'),
  p('2MN6B8T', 'Rəşad', 'Əliyev', 'Vaqif oğlu', '1976-01-30', ganja(NIZAMI, 87), 'ganja'),
  p('9PL3K5J', 'Nərmin', 'İsmayılova', 'Kamran qızı', '2001-05-09', ganja(HEYDAR_ALIYEV, 21), 'ganja'),
  p('4DF7G2H', 'Tural', 'Kərimov', 'Səbuhi oğlu', '1993-09-17', ganja(ATATURK, 8), 'ganja'),
  p('6RT1Y8U', 'Leyla', 'Hüseynova', 'Natiq qızı', '1988-12-05', ganja(KHAGANI, 56), 'ganja'),
  p('8VB5N3M', 'Orxan', 'Babayev', 'İlham oğlu', '1995-04-11', guba(NIZAMI, 14), 'guba'),
  p('1AS9D4F', 'Səbinə', 'Nəsibova', 'Fuad qızı', '1982-08-28', guba(HEYDAR_ALIYEV, 33), 'guba'),
  p('5GH2J6K', 'Kamran', 'Rzayev', 'Mübariz oğlu', '1970-02-19', guba(ZARDABI, 5), 'guba'),
  p('3LZ8X1C', 'Fidan', 'Abbasova', 'Ramil qızı', '1999-06-06', guba(NIZAMI, 71), 'guba'),
  p('7QE4W9R', 'Murad', 'Cəfərov', 'Akif oğlu', '1987-10-25', guba(KHAGANI, 19), 'guba'),
  p('2TY6U3I', 'Könül', 'Vəliyeva', 'Arif qızı', '1992-01-13', guba(ZARDABI, 48), 'guba'),
  p('9OP1A5S', 'Emin', 'Məlikov', 'Zaur oğlu', '2003-03-03', guba(HEYDAR_ALIYEV, 2), 'guba'),
  p('4KJ7H2G', 'Aynur', 'Sadıqova', 'Vüqar qızı', '1984-07-21', masalli(NIZAMI, 9), 'masalli'),
  p('6FD3S8A', 'Vüsal', 'Mirzəyev', 'Rövşən oğlu', '1979-11-08', masalli(HEYDAR_ALIYEV, 64), 'masalli'),
  p('8MN2B4V', 'Şəbnəm', 'Talıbova', 'Eldar qızı', '1996-09-30', masalli(SAMAD_VURGUN, 27), 'masalli'),
  p('1CX5Z7L', 'Ramin', 'Orucov', 'Nadir oğlu', '1991-05-16', masalli(ZARDABI, 11), 'masalli'),
  p('5PO9I3U', 'Gülnar', 'Əhmədova', 'Yaşar qızı', '1968-12-12', masalli(KHAGANI, 40), 'masalli'),
  p('3YT6R1E', 'Cavid', 'Paşayev', 'Elşən oğlu', '2000-08-04', masalli(NIZAMI, 58), 'masalli'),
];

function p(
  fin: string,
  firstName: string,
  lastName: string,
  patronymic: string,
  birthDate: string,
  address: Required<Localized>,
  authority: SeedPerson['authority'],
): SeedPerson {
  return { fin, firstName, lastName, patronymic, birthDate, address, authority, family: FAMILIES[fin] ?? [] };
}
