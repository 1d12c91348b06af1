/**
 * The certificate the portal issues when an officer completes an application without attaching a
 * result of their own: one A4 page in the citizen's language, saying which authority granted which
 * service to whom, under which reference and on which date, with the code (and the address) that
 * verifies it. The text is set in DejaVu Sans, embedded and subset, which has every letter of the
 * three languages (ə, ğ, ı, ş; Cyrillic); the PDF's fonts would not.
 */
import { createRequire } from 'node:module';
import type { CertificateFilter, FieldDefinition } from '@icra/forms';
import PDFDocument from 'pdfkit';
import type { FamilyRelation } from '../../domain/enums.js';
import type { Lang } from '../../http/lang.js';

const require = createRequire(import.meta.url);
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface CertificateFacts {
  lang: Lang;
  authorityName: string;
  serviceTitle: string;
  /** The applicant's full name as the registry gave it; absent when the form asked for none. */
  applicant?: string;
  reference: string;
  /** The Baku date it is issued on (YYYY-MM-DD). */
  issuedOn: string;
  /** The verification code, as printed (grouped). */
  code: string;
  /** Where anyone checks the code. */
  verifyUrl: string;
  /** The form's own title and statement (its certificate template); without them, the general wording. */
  own?: { title: string; statement: string } | undefined;
}

const words: Record<
  Lang,
  {
    heading: string;
    statement: (f: CertificateFacts) => string;
    reference: string;
    date: string;
    code: string;
    check: string;
  }
> = {
  az: {
    heading: 'ARAYIŞ',
    statement: (f) =>
      `${f.applicant ? `${f.applicant} tərəfindən ` : ''}«${f.serviceTitle}» xidməti üzrə təqdim olunmuş müraciətə ` +
      `${f.authorityName} tərəfindən baxılmış və müsbət qərar verilmişdir.`,
    reference: 'Müraciətin nömrəsi',
    date: 'Verilmə tarixi',
    code: 'Yoxlama kodu',
    check: 'Sənədin həqiqiliyini bu ünvanda yoxlamaq olar:',
  },
  en: {
    heading: 'CERTIFICATE',
    statement: (f) =>
      `The application${f.applicant ? ` of ${f.applicant}` : ''} for “${f.serviceTitle}” was considered by ` +
      `${f.authorityName} and granted.`,
    reference: 'Application reference',
    date: 'Date of issue',
    code: 'Verification code',
    check: 'Anyone can check that this document is genuine at:',
  },
  ru: {
    heading: 'СПРАВКА',
    statement: (f) =>
      `Заявление${f.applicant ? ` гражданина(ки) ${f.applicant}` : ''} на услугу «${f.serviceTitle}» рассмотрено ` +
      `${f.authorityName} и удовлетворено.`,
    reference: 'Номер заявления',
    date: 'Дата выдачи',
    code: 'Код проверки',
    check: 'Подлинность документа можно проверить по адресу:',
  },
};

const RELATIONS: Record<FamilyRelation, Record<Lang, string>> = {
  spouse: { az: 'həyat yoldaşı', en: 'spouse', ru: 'супруг(а)' },
  child: { az: 'övladı', en: 'child', ru: 'ребёнок' },
  parent: { az: 'valideyni', en: 'parent', ru: 'родитель' },
  sibling: { az: 'qardaşı və ya bacısı', en: 'brother or sister', ru: 'брат или сестра' },
};
const YES_NO: Record<Lang, [string, string]> = { az: ['bəli', 'xeyr'], en: ['yes', 'no'], ru: ['да', 'нет'] };
const BORN: Record<Lang, string> = { az: 'doğum tarixi', en: 'born', ru: 'дата рождения' };

/** A date (YYYY-MM-DD) as the language writes it in a sentence: 4 mart 2026, 4 March 2026, 4 марта 2026 г. */
export const longDate = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

const NONE: Record<Lang, string> = { az: 'yoxdur', en: 'none', ru: 'нет' };

/** Whether someone born on `birthDate` is under 18 on `on` (both YYYY-MM-DD). */
const under18 = (birthDate: string, on: string) =>
  Number(birthDate.slice(0, 4)) + 18 + birthDate.slice(4) > on;

/**
 * An answer (or a registry value) as the words a certificate prints: a choice by its option's label,
 * several joined, yes or no, numbers and dates written out, the address in the language, the family
 * member by member (`minors`: those under 18 on `on`, the day of issue); nothing for no answer.
 */
export function answerText(
  field: FieldDefinition | undefined,
  value: unknown,
  lang: Lang,
  filter?: CertificateFilter,
  on?: string,
): string {
  if (value === undefined || value === null || value === '') return '';
  const option = (v: unknown) => field?.options?.find((o) => o.value === v)?.label[lang] ?? String(v);
  if (field?.registry === 'familyMembers' && Array.isArray(value)) {
    const members = (value as { fullName: string; birthDate: string; relation: FamilyRelation }[]).filter(
      (member) => filter !== 'minors' || (on !== undefined && under18(member.birthDate, on)),
    );
    if (members.length === 0) return NONE[lang];
    return members
      .map(
        (m) =>
          `${m.fullName} (${RELATIONS[m.relation]?.[lang] ?? m.relation}, ${BORN[lang]} ${longDate(m.birthDate, lang)})`,
      )
      .join('; ');
  }
  if (field?.registry === 'address' && typeof value === 'object')
    return (value as Record<string, string>)[lang] ?? (value as Record<string, string>).az ?? '';
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  // Grouped from 10 000 only, so that a year stays 2015.
  if (typeof value === 'number') return new Intl.NumberFormat(lang, { useGrouping: 'min2' }).format(value);
  if (Array.isArray(value)) return value.map(option).join(', ');
  if ((field?.kind === 'date' || field?.registry === 'birthDate') && typeof value === 'string')
    return longDate(value, lang);
  return option(value);
}

/** The certificate's PDF bytes. */
export async function renderCertificate(facts: CertificateFacts): Promise<Buffer> {
  const w = words[facts.lang];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    lang: facts.lang,
    info: {
      Title: `${facts.own?.title ?? w.heading}: ${facts.serviceTitle}`,
      Author: facts.authorityName,
      Subject: `${w.reference} ${facts.reference}; ${w.code} ${facts.code}`,
      CreationDate: new Date(`${facts.issuedOn}T00:00:00+04:00`),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  doc.font('bold').fontSize(13).text(facts.authorityName, { align: 'center' });
  doc.moveDown(2);
  doc
    .font('bold')
    .fontSize(22)
    .text(facts.own?.title ?? w.heading, { align: 'center' });
  doc.moveDown(0.5);
  doc.font('regular').fontSize(13).text(facts.serviceTitle, { align: 'center' });
  doc.moveDown(2);
  doc
    .font('regular')
    .fontSize(12)
    .text(facts.own?.statement ?? w.statement(facts), { align: 'justify', lineGap: 4 });
  doc.moveDown(2);
  for (const [label, value] of [
    [w.reference, facts.reference],
    [w.date, longDate(facts.issuedOn, facts.lang)],
    [w.code, facts.code],
  ] as const) {
    doc.font('regular').fontSize(11).text(`${label}: `, { continued: true });
    doc.font('bold').text(value);
    doc.moveDown(0.3);
  }
  doc.moveDown(2);
  doc.font('regular').fontSize(10).text(w.check);
  doc.font('regular').fontSize(10).text(facts.verifyUrl, { link: facts.verifyUrl, underline: true });
  doc.end();
  return done;
}
