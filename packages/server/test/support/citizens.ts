import type { SeedPerson } from '../../src/seed/population.js';

/**
 * `count` generated citizens for a test's own registry, FINs `<prefix>000000`, `<prefix>000001`, …:
 * even ones residents of Guba, odd ones of Ganja.
 */
export function testCitizens(count: number, prefix: string, firstName: string): SeedPerson[] {
  return Array.from({ length: count }, (_, i) => ({
    fin: `${prefix}${String(i).padStart(6, '0')}`,
    firstName: `${firstName}${i}`,
    lastName: 'Test',
    patronymic: 'Test',
    birthDate: '1990-01-01',
    address: { az: `Ünvan ${i}`, en: `Address ${i}`, ru: `Адрес ${i}` },
    authority: i % 2 === 0 ? 'guba' : 'ganja',
    family: [],
  }));
}
