import { describe, expect, it } from 'vitest';
import { differsFromBaku, formatBakuTime, formatBakuWeekday } from './baku-time.js';
import { resolveMediaUrl } from './client.js';
import { formatDate } from './format.js';
import { normalizeLang, resolveLang } from './lang.js';
import { defineMessages } from './messages.js';

describe('languages', () => {
  it('reduces BCP 47 tags to az, en or ru', () => {
    expect(normalizeLang('az-Latn-AZ')).toBe('az');
    expect(normalizeLang('en-GB')).toBe('en');
    expect(normalizeLang('ru-RU')).toBe('ru');
    expect(normalizeLang('RU_ru')).toBe('ru');
    expect(normalizeLang('fr')).toBeUndefined();
    expect(normalizeLang('')).toBeUndefined();
  });

  it('takes the first supported candidate, else Azerbaijani', () => {
    expect(resolveLang('', 'en', 'ru')).toBe('en');
    expect(resolveLang('de', undefined, 'ru-RU')).toBe('ru');
    expect(resolveLang('fr', 'tr')).toBe('az');
    expect(resolveLang()).toBe('az');
  });
});

describe('messages', () => {
  it('every language has every key, checked by the compiler', () => {
    const messages = defineMessages({
      az: { hello: 'Salam', count: (n: number) => `${n} ədəd` },
      en: { hello: 'Hello', count: (n: number) => `${n} pcs` },
      ru: { hello: 'Привет', count: (n: number) => `${n} шт.` },
    });
    expect(messages('ru').count(3)).toBe('3 шт.');
    expect(messages('en').hello).toBe('Hello');

    defineMessages({
      az: { hello: 'Salam', bye: 'Sağ ol' },
      // @ts-expect-error — English lacks `bye`
      en: { hello: 'Hello' },
      ru: { hello: 'Привет', bye: 'Пока' },
    });
    defineMessages({
      az: { hello: 'Salam' },
      // @ts-expect-error — Russian has a key Azerbaijani does not define
      ru: { hello: 'Привет', extra: 'лишнее' },
      en: { hello: 'Hello' },
    });
    defineMessages({
      az: { count: (n: number) => `${n}` },
      // @ts-expect-error — a function message must stay a function with the same arguments
      en: { count: 'many' },
      ru: { count: (n: number) => `${n}` },
    });
  });
});

describe('dates', () => {
  it('formats in the asked language in Asia/Baku time', () => {
    // 21:30 UTC on 30 November is already 1 December in Baku (UTC+4).
    expect(formatDate('2026-11-30T21:30:00Z', 'en')).toBe('December 1, 2026');
    expect(formatDate('2026-11-30T21:30:00Z', 'az')).toMatch(/^1 dekabr 2026/);
    expect(formatDate('2026-11-30T21:30:00Z', 'ru')).toMatch(/^1 декабря 2026/);
    expect(formatDate('not a date', 'en')).toBe('');
  });

  it('gives the time of day and the weekday in Baku, from a browser in New York', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    // 19:30 UTC on Monday 30 November: 23:30 that Monday in Baku, 14:30 in New York.
    const instant = '2026-11-30T19:30:00Z';
    expect(formatBakuTime(instant)).toBe('23:30');
    expect(formatBakuWeekday(instant, 'en')).toBe('Monday');
    expect(formatBakuWeekday(instant, 'ru')).toBe('понедельник');
    expect(formatBakuWeekday(instant, 'az')).toBe('bazar ertəsi');
    // 21:30 UTC is already Tuesday in Baku.
    expect(formatBakuWeekday('2026-11-30T21:30:00Z', 'az', 'short')).toBe('Ç.a.');
    expect(formatBakuWeekday('2026-11-30T21:30:00Z', 'en', 'short')).toBe('Tue');
    expect(differsFromBaku(instant)).toBe(true);
    expect(formatBakuWeekday('not a date', 'en')).toBe('');
  });
});

describe('media URLs', () => {
  it('resolves API paths against the API base, keeping its path prefix', () => {
    expect(resolveMediaUrl('/media/news/a.svg', 'http://127.0.0.1:8787')).toBe(
      'http://127.0.0.1:8787/media/news/a.svg',
    );
    expect(resolveMediaUrl('/media/a.svg', 'https://portal.example/icra/')).toBe(
      'https://portal.example/icra/media/a.svg',
    );
    expect(resolveMediaUrl('/media/a.svg', 'https://portal.example/icra')).toBe(
      'https://portal.example/icra/media/a.svg',
    );
    expect(resolveMediaUrl('https://cdn.example/a.svg', 'https://portal.example')).toBe(
      'https://cdn.example/a.svg',
    );
  });
});

describe('dates without Azerbaijani locale data', () => {
  it('still names the month in Azerbaijani', () => {
    expect(formatDate('2026-01-31T20:00:00Z', 'az')).toBe('1 fevral 2026');
    expect(formatDate('2026-05-09T08:00:00Z', 'az', 'medium')).toMatch(/^9 (may|May) 2026/);
  });
});
