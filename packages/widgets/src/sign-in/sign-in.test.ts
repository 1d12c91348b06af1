import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, announced, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import { approve, capturePopups, FAKE_PORTAL } from '../../test/oauth.js';
import '../index.js';
import { sessionFor } from '../core/auth.js';
import type { IcraSignInEvent, IcraSignOutEvent } from './events.js';
import { signInFixtureApi, staffClient, staffMe } from './fixtures.js';
import type { IcraSignIn } from './sign-in.js';

const { opened, block } = capturePopups();

function reset(): void {
  cleanup();
  sessionFor(FAKE_PORTAL).signOut();
}
beforeEach(reset);
afterEach(reset);

const control = (attributes = 'lang="en"') =>
  mount<IcraSignIn>(`<icra-sign-in api="${FAKE_PORTAL}" authority="ganja" ${attributes}></icra-sign-in>`);

const text = (element: Element) => $(element, '.root')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<icra-sign-in>', () => {
  it('signs in through the popup, says who, and signs out — with events that carry no personal data', async () => {
    const element = await control();
    const events: (IcraSignInEvent | IcraSignOutEvent)[] = [];
    const record = (event: IcraSignInEvent | IcraSignOutEvent) => events.push(event);
    document.addEventListener('icra-sign-in', record);
    document.addEventListener('icra-sign-out', record);
    try {
      const button = await until(() => $(element, '[part~="sign-in"]'));
      expect(button.textContent?.trim()).toBe('Sign in');
      await userEvent.click(button);
      expect(opened).toHaveLength(1);
      const cancel = await until(() => $(element, '[part~="cancel"]'));
      expect($(element, '.root')?.getAttribute('aria-busy')).toBe('true');
      expect(text(element)).toContain("Finish signing in in the portal's window.");
      expect(deepActiveElement()).toBe(cancel);
      await until(() => announced(element).startsWith('Signing in…'));

      await approve(opened[0]!);
      const signOut = await until(() => $(element, '[part~="sign-out"]'));
      const who = $(element, '[part~="who"]');
      expect(who?.textContent).toBe('Signed in as a citizen');
      // Focus lands on what the sign-in led to, not on the page's body.
      expect(deepActiveElement()).toBe(who);
      await until(() => announced(element) === 'Signed in as a citizen');
      expect(events.map((event) => [event.type, event.detail])).toEqual([
        ['icra-sign-in', { kind: 'citizen' }],
      ]);
      expect(events[0]!.bubbles && events[0]!.composed).toBe(true);

      await userEvent.click(signOut);
      const signIn = await until(() => $(element, '[part~="sign-in"]'));
      expect(deepActiveElement()).toBe(signIn);
      await until(() => announced(element) === 'You have signed out.');
      expect(events.map((event) => [event.type, event.detail])).toEqual([
        ['icra-sign-in', { kind: 'citizen' }],
        ['icra-sign-out', { reason: 'user' }],
      ]);
      expect(sessionFor(FAKE_PORTAL).token).toBeUndefined();
    } finally {
      document.removeEventListener('icra-sign-in', record);
      document.removeEventListener('icra-sign-out', record);
    }
  });

  it('is one sign-in for every control of the portal on the page', async () => {
    const first = await control();
    const second = await control('lang="ru"');
    await userEvent.click(await until(() => $(first, '[part~="sign-in"]')));
    await until(() => $(second, '[part~="cancel"]'));
    await approve(opened[0]!);
    await until(() => $(second, '[part~="who"]')?.textContent === 'Вы вошли: гражданин');
    await userEvent.click($(second, '[part~="sign-out"]')!);
    await until(() => $(first, '[part~="sign-in"]'));
  });

  it('cancels: closes the popup and offers sign-in again', async () => {
    const element = await control();
    await userEvent.click(await until(() => $(element, '[part~="sign-in"]')));
    await userEvent.click(await until(() => $(element, '[part~="cancel"]')));
    const retry = await until(() => $(element, '[part~="retry"]'));
    expect(opened[0]!.closed).toBe(true);
    await until(() => announced(element) === 'Sign-in was cancelled.');
    // Said where it is seen, not only to screen readers, with the way to try again.
    const message = $(element, '[part~="message"]')!;
    expect(message.textContent?.trim()).toBe('Sign-in was cancelled.');
    expect(message.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(retry.textContent?.trim()).toBe('Try again');
    expect(retry.getBoundingClientRect().width).toBeGreaterThan(0);
    await userEvent.click(retry);
    await until(() => $(element, '[part~="cancel"]'));
    expect(opened).toHaveLength(2);
  });

  it.each([
    ['az', 'Sessiyanın vaxtı bitdi. Yenidən daxil olun.', 'Yenidən cəhd edin'],
    ['en', 'Your session has ended. Sign in again.', 'Try again'],
    ['ru', 'Сеанс истёк. Войдите снова.', 'Повторить'],
  ])('an ended session is said visibly, with a retry (%s)', async (lang, said, again) => {
    const element = await mount<IcraSignIn>(
      `<icra-sign-in api="${signInFixtureApi('expired')}" authority="guba" lang="${lang}"></icra-sign-in>`,
    );
    const message = await until(() => $(element, '[part~="message"]'));
    await until(() => message.textContent?.trim() === said);
    expect(message.getBoundingClientRect().height).toBeGreaterThan(0);
    const retry = $(element, '[part~="retry"]')!;
    expect(retry.textContent?.trim()).toBe(again);
    expect(retry.getBoundingClientRect().width).toBeGreaterThan(0);
  });

  it.each([
    ['az', 'Giriş ləğv edildi.', 'Yenidən cəhd edin'],
    ['ru', 'Вход отменён.', 'Повторить'],
  ])('a closed popup is said visibly in %s', async (lang, said, again) => {
    const element = await control(`lang="${lang}"`);
    await userEvent.click(await until(() => $(element, '[part~="sign-in"]')));
    await userEvent.click(await until(() => $(element, '[part~="cancel"]')));
    const retry = await until(() => $(element, '[part~="retry"]'));
    expect($(element, '[part~="message"]')?.textContent?.trim()).toBe(said);
    expect(retry.textContent?.trim()).toBe(again);
  });

  it('says the popup was blocked, and tries again', async () => {
    const element = await control();
    block();
    await userEvent.click(await until(() => $(element, '[part~="sign-in"]')));
    const retry = await until(() => $(element, '[part~="retry"]'));
    expect($(element, '[part~="message"]')?.textContent).toBe(
      'Your browser blocked the sign-in window. Allow pop-ups for this site, then try again.',
    );
    await until(() => announced(element).startsWith('Your browser blocked'));
    expect(deepActiveElement()).toBe(retry);
  });

  it('speaks Azerbaijani by default and Russian when asked', async () => {
    const az = await control('');
    const ru = await control('lang="ru-RU"');
    await until(() => $(az, '[part~="sign-in"]')?.textContent?.trim() === 'Daxil ol');
    await until(() => $(ru, '[part~="sign-in"]')?.textContent?.trim() === 'Войти');
  });

  it('says it is not set up without an authority', async () => {
    const element = await mount<IcraSignIn>(`<icra-sign-in api="${FAKE_PORTAL}" lang="en"></icra-sign-in>`);
    await until(() => $(element, '[part~="message"]')?.textContent?.includes('not set up'));
    expect($(element, 'button')).toBeNull();
  });
});

describe('<icra-sign-in> moved by the page', () => {
  // Frameworks and tab components move elements: disconnected, then connected elsewhere.
  for (const when of ['while it is out of the page', 'once it is back'] as const) {
    it(`offers sign-in again, and names no one, after a sign-out ${when}`, async () => {
      const api = signInFixtureApi('signed-in', 'official');
      const element = await mount<IcraSignIn>(
        `<icra-sign-in api="${api}" authority="guba" lang="en"></icra-sign-in>`,
        (control) => {
          control.client = staffClient(
            api,
            async (input, init) => staffMe(new Request(input, init)) ?? new Response(null, { status: 404 }),
          );
        },
      );
      await until(() => $(element, '[part~="who"]')?.textContent === 'Signed in as Nicat Şirinov');
      const elsewhere = await mount<HTMLElement>('<div></div>');
      element.remove();
      if (when === 'while it is out of the page') sessionFor(api).signOut();
      elsewhere.append(element);
      if (when === 'once it is back') sessionFor(api).signOut();
      const signIn = await until(() => $(element, '[part~="sign-in"]'));
      expect(signIn.textContent?.trim()).toBe('Sign in');
      expect($(element, '[part~="who"]')).toBeNull();
      expect(text(element)).not.toContain('Nicat');
    });
  }
});
