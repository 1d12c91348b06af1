/**
 * The population registry: where a citizen's personal data comes from (never typed by the
 * citizen). The reference server ships a demo registry of fictional citizens; production plugs in
 * an adapter to the national registry behind the same interface.
 */
import type { Lang } from '../../http/lang.js';
import { type SeedFamilyMember, type SeedPerson, seedPopulation } from '../../seed/population.js';

/** Someone registered at the person's address: name, date of birth and relation to them. */
export type FamilyMember = SeedFamilyMember;

export interface Person {
  /** Personal identification number: 7 characters, uppercase letters and digits. */
  fin: string;
  firstName: string;
  lastName: string;
  patronymic: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** Registered address per language. */
  address: Record<Lang, string>;
  /** Slug of the authority of the territory of the registered address. */
  authority: string;
  /** The others registered at the address, by their relation to this person. */
  family: FamilyMember[];
}

export interface PopulationRegistry {
  findByFin(fin: string): Promise<Person | undefined>;
  /** How many citizens there are (with `authority`: registered in its territory); optional. */
  count?(authority?: string): Promise<number>;
}

export const FIN_PATTERN = /^[0-9A-Z]{7}$/;

/** A copy of a registry entry that its reader may change without changing the registry. */
function copyOf(person: SeedPerson): Person {
  return {
    ...person,
    address: { ...person.address },
    family: person.family.map((member) => ({ ...member })),
  };
}

/** The demo registry (src/seed/population.ts); `list()` feeds the demo sign-in page. */
export class DemoPopulationRegistry implements PopulationRegistry {
  readonly #byFin: Map<string, SeedPerson>;

  constructor(people: readonly SeedPerson[] = seedPopulation) {
    this.#byFin = new Map(people.map((person) => [person.fin, person]));
  }

  async findByFin(fin: string): Promise<Person | undefined> {
    const person = this.#byFin.get(fin.toUpperCase());
    return person && copyOf(person);
  }

  async count(authority?: string): Promise<number> {
    if (authority === undefined) return this.#byFin.size;
    let n = 0;
    for (const person of this.#byFin.values()) if (person.authority === authority) n++;
    return n;
  }

  list(): Person[] {
    return [...this.#byFin.values()].map(copyOf);
  }
}

/** A person's family as the portal shows and keeps it: full name, date of birth, relation. */
export function familyOf(
  person: Person,
): { fullName: string; birthDate: string; relation: FamilyMember['relation'] }[] {
  return person.family.map((member) => ({
    fullName: fullNameOf(member),
    birthDate: member.birthDate,
    relation: member.relation,
  }));
}

/** A name as the registry and its certificates write it: last name, first name, patronymic. */
export function fullNameOf(person: Pick<Person, 'lastName' | 'firstName' | 'patronymic'>): string {
  return `${person.lastName} ${person.firstName} ${person.patronymic}`;
}
