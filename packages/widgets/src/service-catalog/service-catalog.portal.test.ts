/**
 * `<icra-service-catalog>` over real HTTP with its own client (no injected one), against the
 * catalogue stand-in of test/fake-portal.ts on the test page's origin: each state from a portal
 * that is in it, the loading state by the stand-in holding its answer until the test lets it go.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, announced, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import type { IcraServiceCatalog } from './service-catalog.js';

const CATALOGUE = `${location.origin}/fake-portal/catalogue`;

beforeEach(cleanup);
afterEach(cleanup);

function catalog(state: string, attributes = 'lang="en"'): Promise<IcraServiceCatalog> {
  return mount<IcraServiceCatalog>(
    `<icra-service-catalog api="${CATALOGUE}/${state}" ${attributes}></icra-service-catalog>`,
  );
}

function titles(element: Element): string[] {
  return $$(element, '.title-button').map((button) => button.textContent?.trim() ?? '');
}

function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function shown(element: Element | null): boolean {
  const box = element?.getBoundingClientRect();
  return Boolean(box && box.width > 0 && box.height > 0);
}

/** A portal whose answers wait until `release()`; `asked()` lists the requests it received. */
function heldPortal() {
  const key = crypto.randomUUID();
  return {
    state: `held-${key}`,
    release: () => fetch(`${CATALOGUE}/release?key=${key}`, { method: 'POST' }),
    asked: async () => (await (await fetch(`${CATALOGUE}/requests?key=${key}`)).json()) as string[],
  };
}

/** How many times this page asked for `url` (the browser's resource timings). */
function fetched(prefix: string): number {
  return performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(prefix)).length;
}

describe('<icra-service-catalog> over HTTP, a state at a time', () => {
  it('loading: a skeleton while the portal holds its answer, then the services', async () => {
    const portal = heldPortal();
    const element = await catalog(portal.state, 'lang="en" authority="guba"');
    const skeleton = await until(() => $(element, '.skeleton'));
    expect(shown(skeleton)).toBe(true);
    expect($(element, 'section')?.getAttribute('aria-busy')).toBe('true');
    await until(() => announced(element) === 'Loading the services…');
    expect(await until(async () => (await portal.asked()).length === 1 && portal.asked())).toEqual([
      '/v1/services?authority=guba&lang=en&limit=10',
    ]);
    expect($(element, '.skeleton')).not.toBeNull();

    await portal.release();
    await until(() => titles(element).length === 7);
    expect(titles(element)[0]).toBe('Certificate of residence');
    expect($(element, 'section')?.getAttribute('aria-busy')).toBe('false');
    expect($(element, '.skeleton')).toBeNull();
  });

  it('loaded: the services in the language asked for, and a service opened and closed again', async () => {
    const element = await catalog('loaded', 'lang="ru"');
    await until(() => titles(element).length === 7);
    expect(titles(element)[0]).toBe('Справка о месте жительства');
    await userEvent.click($$(element, '.title-button')[0]!);
    const heading = await until(() => $(element, '#service-title'));
    await until(() => deepActiveElement() === heading);
    await until(() => $(element, '[part~="description"]'));
    expect(text($(element, '[part~="limits"]'))).toBe('PDF, JPEG · до 5 МБ · до 2 файлов');
    await userEvent.click($(element, '[part~="back"]')!);
    await until(() => deepActiveElement()?.textContent?.trim() === 'Справка о месте жительства');
  });

  it('empty: the state names the query', async () => {
    const element = await catalog('empty', 'lang="az"');
    await until(() => text($(element, '[part~="state"]')) === 'Hələ ki xidmət yoxdur.');
    await userEvent.type($(element, '#q')!, 'pasport{Enter}');
    await until(() => text($(element, '[part~="state"]')) === '“pasport” sorğusuna uyğun xidmət tapılmadı.');
  });

  it('error: the list fails (after the client’s own retries), and "try again" asks again', async () => {
    const element = await catalog('error');
    const retry = await until(() => $(element, '[part~="retry"]'));
    expect(shown(retry)).toBe(true);
    expect(text($(element, '[part~="state"] p'))).toBe('Could not load the services.');
    const before = fetched(`${CATALOGUE}/error/v1/services?`);
    expect(before).toBeGreaterThan(0);
    await userEvent.click(retry);
    await until(() => fetched(`${CATALOGUE}/error/v1/services?`) > before);
    await until(() => $(element, '[part~="retry"]'));
  });

  it('more failed: what is shown stays, with an inline error and "try again"', async () => {
    const element = await catalog('more-error', 'lang="en" page-size="4"');
    await until(() => titles(element).length === 4);
    await userEvent.click($(element, '[part~="load-more"]')!);
    const error = await until(() => $(element, '.inline-error'));
    expect(text(error)).toBe('Could not load more services.');
    expect(shown(error)).toBe(true);
    expect(titles(element)).toHaveLength(4);
    expect(text($(element, '[part~="load-more"]'))).toBe('Try again');
    await until(() => announced(element) === 'Could not load more services.');
  });

  it('a service loading: its summary and a busy placeholder', async () => {
    const element = await catalog('detail-loading');
    await until(() => titles(element).length === 7);
    await userEvent.click($$(element, '.title-button')[4]!);
    const heading = await until(() => $(element, '#service-title'));
    expect(text(heading)).toBe('Archive extract');
    expect(shown($(element, '.details[aria-hidden="true"]'))).toBe(true);
    expect($(element, 'section')?.getAttribute('aria-busy')).toBe('true');
    expect($(element, '[part~="description"]')).toBeNull();
  });

  it('a service that failed to load: an error with "try again"', async () => {
    const element = await catalog('detail-error');
    await until(() => titles(element).length === 7);
    await userEvent.click($$(element, '.title-button')[0]!);
    const retry = await until(() => $(element, '[part~="service"] [part~="retry"]'));
    expect(shown(retry)).toBe(true);
    expect(text($(element, '[part~="service"] [part~="state"] p'))).toBe('Could not load the service.');
    expect($(element, 'section')?.getAttribute('aria-busy')).toBe('false');
  });
});
