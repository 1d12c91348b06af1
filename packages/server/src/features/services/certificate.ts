/**
 * The certificate the portal issues when an officer completes an application without attaching a
 * result of their own: one A4 page in the citizen's language, saying which authority granted which
 * service to whom, under which reference and on which date, with the code (and the address) that
 * verifies it. The text is set in DejaVu Sans, embedded and subset, which has every letter of the
 * three languages (ə, ğ, ı, ş; Cyrillic); the PDF's fonts would not.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
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
    check: 'Arayışın həqiqiliyini bu ünvanda yoxlamaq olar:',
  },
  en: {
    heading: 'CERTIFICATE',
    statement: (f) =>
      `The application${f.applicant ? ` of ${f.applicant}` : ''} for “${f.serviceTitle}” was considered by ` +
      `${f.authorityName} and granted.`,
    reference: 'Application reference',
    date: 'Date of issue',
    code: 'Verification code',
    check: 'Anyone can check that this certificate is genuine at:',
  },
  ru: {
    heading: 'СПРАВКА',
    statement: (f) =>
      `Заявление${f.applicant ? ` гражданина(ки) ${f.applicant}` : ''} на услугу «${f.serviceTitle}» рассмотрено ` +
      `${f.authorityName} и удовлетворено.`,
    reference: 'Номер заявления',
    date: 'Дата выдачи',
    code: 'Код проверки',
    check: 'Подлинность справки можно проверить по адресу:',
  },
};

/** The certificate's PDF bytes. */
export async function renderCertificate(facts: CertificateFacts): Promise<Buffer> {
  const w = words[facts.lang];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    lang: facts.lang,
    info: {
      Title: `${w.heading}: ${facts.serviceTitle}`,
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
  doc.font('bold').fontSize(22).text(w.heading, { align: 'center' });
  doc.moveDown(0.5);
  doc.font('regular').fontSize(13).text(facts.serviceTitle, { align: 'center' });
  doc.moveDown(2);
  doc.font('regular').fontSize(12).text(w.statement(facts), { align: 'justify', lineGap: 4 });
  doc.moveDown(2);
  for (const [label, value] of [
    [w.reference, facts.reference],
    [w.date, facts.issuedOn],
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
