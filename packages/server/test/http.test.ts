/**
 * The cross-cutting HTTP helpers on their own.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ifNoneMatchMatches, notModified, type Representation } from '../src/http/conditional.js';
import { negotiateAcceptLanguage, negotiateLang } from '../src/http/lang.js';
import { decodeCursor, encodeCursor } from '../src/http/pagination.js';
import { jsonPointer } from '../src/http/problem.js';
import { PublicReadCache } from '../src/http/public-cache.js';
import { publicRepresentation as representation } from '../src/http/public-read.js';
import { resolveInside } from '../src/http/static-files.js';

describe('language negotiation', () => {
  it.each([
    [undefined, 'az'],
    ['', 'az'],
    ['en', 'en'],
    ['ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'ru'],
    ['en-GB;q=0.5, ru;q=0.6', 'ru'],
    ['fr-FR, de', 'az'],
    ['fr, en;q=0.1', 'en'],
    ['*', 'az'],
    ['EN', 'en'],
    ['en;q=0, ru;q=0.2', 'ru'],
    ['az-Latn-AZ', 'az'],
    ['en;q=abc', 'az'],
  ])('Accept-Language %j → %s', (header, lang) => {
    expect(negotiateAcceptLanguage(header)).toBe(lang);
  });

  it('prefers a valid ?lang over the header', () => {
    expect(negotiateLang('ru', 'en')).toBe('ru');
    expect(negotiateLang('fr', 'en')).toBe('en');
    expect(negotiateLang(undefined, undefined)).toBe('az');
  });
});

describe('cursors', () => {
  const Position = z.object({ s: z.string() });
  it('round-trips and rejects what is not one', () => {
    const cursor = encodeCursor({ s: 'guba' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, Position)).toEqual({ s: 'guba' });
    for (const bad of [
      '',
      '!!',
      encodeCursor({ x: '1' }),
      Buffer.from('not json').toString('base64url'),
      'a'.repeat(600),
    ]) {
      expect(decodeCursor(bad, Position), bad).toBeUndefined();
    }
  });
});

describe('conditional requests', () => {
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['"x",W/"abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['abc', false],
    [undefined, false],
  ])('If-None-Match %s matches "abc": %s', (header, matches) => {
    expect(ifNoneMatchMatches(header, '"abc"')).toBe(matches);
  });

  it('answers 304 without a body and without the headers of one', async () => {
    const headers = {
      'Content-Type': 'text/css',
      'Content-Length': '3',
      ETag: '"abc"',
      'Cache-Control': 'no-cache',
    };
    expect(notModified('"x"', '"abc"', headers)).toBeUndefined();
    const response = notModified('W/"abc"', '"abc"', headers)!;
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(Object.fromEntries(response.headers)).toEqual({ etag: '"abc"', 'cache-control': 'no-cache' });
  });
});

describe('public-read cache', () => {
  it('does not keep a load that an invalidation overtook', async () => {
    const cache = new PublicReadCache();
    let release!: () => void;
    const slow = cache.load(
      'k',
      () =>
        new Promise<Representation<{ v: number }>>(
          (resolve) => (release = () => resolve(representation({ v: 1 }, 'az'))),
        ),
    );
    cache.invalidate();
    release();
    expect((await slow)?.body).toBe('{"v":1}');
    expect(cache.get('k')).toBeUndefined();
    await cache.load('k', async () => representation({ v: 2 }, 'az'));
    expect(cache.get('k')?.body).toBe('{"v":2}');
  });

  it('shares one load between concurrent misses and keeps nothing while not live', async () => {
    const cache = new PublicReadCache();
    let loads = 0;
    const loader = async () => {
      loads++;
      return representation({ n: loads }, 'az');
    };
    const [a, b] = await Promise.all([cache.load('k', loader), cache.load('k', loader)]);
    expect(loads).toBe(1);
    expect(a).toBe(b);
    cache.setLive(false);
    expect(cache.get('k')).toBeUndefined();
    await cache.load('k', loader);
    expect(cache.get('k')).toBeUndefined();
    cache.setLive(true);
    await cache.load('k', loader);
    expect(cache.get('k')).toBeDefined();
  });

  it('is bounded', async () => {
    const cache = new PublicReadCache({ maxEntries: 3 });
    for (let i = 0; i < 10; i++) await cache.load(`k${i}`, async () => representation({ i }, 'az'));
    expect(cache.stats().entries).toBe(3);
  });

  it('gives equal bodies equal strong ETags', () => {
    expect(representation({ a: 1 }, 'az').etag).toBe(representation({ a: 1 }, 'en').etag);
    expect(representation({ a: 1 }, 'az').etag).not.toBe(representation({ a: 2 }, 'az').etag);
    expect(representation({ a: 1 }, 'az').etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });
});

describe('helpers', () => {
  it('escapes JSON pointers', () => {
    expect(jsonPointer(['query', 'a/b', 'c~d', 0])).toBe('/query/a~1b/c~0d/0');
  });

  it('confines static paths to their folder', () => {
    expect(resolveInside('/srv/w', 'icra.js')).toBe('/srv/w/icra.js');
    expect(resolveInside('/srv/w', 'chunks/a.js')).toBe('/srv/w/chunks/a.js');
    for (const bad of [
      '../x',
      '..%2Fx',
      '%2e%2e/x',
      '.env',
      'a/.git/config',
      '',
      'a//b',
      '%E0%A4%A',
      'a\\b',
      'a%00b',
    ]) {
      expect(resolveInside('/srv/w', bad), bad).toBeUndefined();
    }
  });
});
