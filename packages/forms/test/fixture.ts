import type { FormDefinition, Localized } from '../src/index.js';

const t = (az: string, en: string, ru: string): Localized => ({ az, en, ru });

/** A form that asks every kind of field, with one conditional step. */
export const everyKind: FormDefinition = {
  service: 'test-service',
  version: 2,
  schema: {
    type: 'object',
    properties: {
      purpose: { type: 'string', minLength: 3, maxLength: 200 },
      details: { type: 'string', maxLength: 2000 },
      rooms: { type: 'integer', minimum: 1, maximum: 20 },
      movedIn: { type: 'string', format: 'date' },
      ownership: { type: 'string', enum: ['own', 'rent', 'other'] },
      needs: {
        type: 'array',
        items: { type: 'string', enum: ['water', 'gas', 'power'] },
        minItems: 1,
        maxItems: 2,
        uniqueItems: true,
      },
      hasChildren: { type: 'boolean' },
      deliveryAddress: { type: 'string', minLength: 5, maxLength: 300 },
      phone: { type: 'string', pattern: '^\\+994[0-9]{9}$' },
      email: { type: 'string', format: 'email', maxLength: 254 },
      landlordFin: { type: 'string', pattern: '^[0-9A-HJ-NP-Z]{7}$' },
      lease: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2 },
    },
  },
  fields: {
    fullName: { kind: 'text', label: t('Soyadı, adı, ata adı', 'Full name', 'ФИО'), registry: 'fullName' },
    fin: { kind: 'fin', label: t('FİN', 'FIN', 'ФИН'), registry: 'fin' },
    purpose: {
      kind: 'text',
      label: t('Məqsəd', 'Purpose', 'Цель'),
      hint: t('Qısa yazın.', 'Keep it short.', 'Кратко.'),
    },
    details: { kind: 'longText', label: t('Ətraflı', 'Details', 'Подробности') },
    rooms: { kind: 'number', label: t('Otaq sayı', 'Number of rooms', 'Число комнат') },
    movedIn: { kind: 'date', label: t('Köçmə tarixi', 'Moved in on', 'Дата вселения') },
    ownership: {
      kind: 'choice',
      label: t('Mülkiyyət', 'Ownership', 'Собственность'),
      options: [
        { value: 'own', label: t('Öz evim', 'I own it', 'Собственное') },
        { value: 'rent', label: t('Kirayə', 'I rent it', 'Аренда') },
        { value: 'other', label: t('Digər', 'Other', 'Другое') },
      ],
    },
    needs: {
      kind: 'multiChoice',
      label: t('Ehtiyaclar', 'Needs', 'Нужды'),
      options: [
        { value: 'water', label: t('Su', 'Water', 'Вода') },
        { value: 'gas', label: t('Qaz', 'Gas', 'Газ') },
        { value: 'power', label: t('İşıq', 'Power', 'Свет') },
      ],
    },
    hasChildren: { kind: 'yesNo', label: t('Uşaqlar var?', 'Any children?', 'Есть дети?') },
    deliveryAddress: { kind: 'address', label: t('Ünvan', 'Address', 'Адрес') },
    phone: { kind: 'phone', label: t('Telefon', 'Phone', 'Телефон') },
    email: { kind: 'email', label: t('E-poçt', 'Email', 'Эл. почта') },
    landlordFin: { kind: 'fin', label: t('Mülkiyyətçinin FİN-i', 'Landlord’s FIN', 'ФИН арендодателя') },
    lease: { kind: 'file', label: t('Kirayə müqaviləsi', 'Lease', 'Договор аренды'), document: 'lease' },
  },
  steps: [
    {
      id: 'applicant',
      title: t('Ərizəçi', 'Applicant', 'Заявитель'),
      fields: ['fullName', 'fin'],
      required: [],
    },
    {
      id: 'home',
      title: t('Yaşayış yeri', 'Home', 'Жильё'),
      fields: ['purpose', 'details', 'rooms', 'movedIn', 'ownership', 'needs', 'hasChildren'],
      required: ['purpose', 'rooms', 'ownership', 'hasChildren'],
    },
    {
      id: 'rent',
      title: t('Kirayə', 'Renting', 'Аренда'),
      fields: ['landlordFin', 'lease'],
      required: ['landlordFin', 'lease'],
      when: { properties: { ownership: { const: 'rent' } }, required: ['ownership'] },
    },
    {
      id: 'contact',
      title: t('Əlaqə', 'Contact', 'Контакты'),
      fields: ['deliveryAddress', 'phone', 'email'],
      required: ['phone'],
    },
  ],
};

export const DOCUMENTS = ['lease'];

/** Answers that pass every check, renting. */
export const goodAnswers = {
  purpose: 'School enrolment',
  details: 'Two adults.',
  rooms: 3,
  movedIn: '2024-02-29',
  ownership: 'rent',
  needs: ['water', 'gas'],
  hasChildren: true,
  landlordFin: '5ZK8P2Q',
  lease: ['0b6f6a3e-8c4f-4a4c-9a8e-1f1c2d3e4f50'],
  deliveryAddress: 'Ganja, Nizami street 1',
  phone: '+994501234567',
  email: 'name@example.az',
};
