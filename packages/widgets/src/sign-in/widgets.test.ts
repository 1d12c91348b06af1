/**
 * The sign-in as every widget with one shows it: after a sign-in started in a widget, focus is on
 * who is signed in there (not on the page's body); the citizen widgets name who is signed in and
 * sign out, in each language.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import '../news-editor/define.js';
import '../moderation/define.js';
import type { IcraClient } from '@icra/sdk';
import { createCabinetFixture } from '../cabinet/fixtures.js';
import { sessionFor } from '../core/auth.js';
import type { IcraElement } from '../core/element.js';
import { createModerationFixture } from '../moderation/fixtures.js';
import { createEditorFixture } from '../news-editor/fixtures.js';
import { createParticipationFixture } from '../participation/fixtures.js';
import { createPollFixture, FIXTURE_POLL_ID } from '../poll/fixtures.js';
import { fixtureToken } from './fixtures.js';
import type { IcraSignIn } from './sign-in.js';

beforeEach(cleanup);
afterEach(cleanup);

type Make = (lang: string) => {
  markup: string;
  api: string;
  client: IcraClient;
  kind: 'citizen' | 'official';
};

const widgets: [string, Make][] = [
  [
    'icra-cabinet',
    (lang) => {
      const { api, client } = createCabinetFixture({ session: 'signed-out' });
      return {
        api,
        client,
        kind: 'citizen',
        markup: `<icra-cabinet api="${api}" authority="guba" lang="${lang}"></icra-cabinet>`,
      };
    },
  ],
  [
    'icra-participation',
    (lang) => {
      const { api, client } = createParticipationFixture({ session: 'signed-out' });
      return {
        api,
        client,
        kind: 'citizen',
        markup: `<icra-participation api="${api}" authority="guba" lang="${lang}"></icra-participation>`,
      };
    },
  ],
  [
    'icra-poll',
    (lang) => {
      const { api, client } = createPollFixture({ session: 'signed-out' });
      return {
        api,
        client,
        kind: 'citizen',
        markup: `<icra-poll api="${api}" authority="guba" poll="${FIXTURE_POLL_ID}" lang="${lang}"></icra-poll>`,
      };
    },
  ],
  [
    'icra-news-editor',
    (lang) => {
      const { api, client } = createEditorFixture({ session: 'signed-out' });
      return {
        api,
        client,
        kind: 'official',
        markup: `<icra-news-editor api="${api}" authority="guba" lang="${lang}"></icra-news-editor>`,
      };
    },
  ],
  [
    'icra-moderation',
    (lang) => {
      const { api, client } = createModerationFixture({ session: 'signed-out' });
      return {
        api,
        client,
        kind: 'official',
        markup: `<icra-moderation api="${api}" authority="guba" lang="${lang}"></icra-moderation>`,
      };
    },
  ],
];

async function place(make: Make, lang = 'en') {
  const { markup, api, client, kind } = make(lang);
  const element = await mount<IcraElement>(markup, (element) => {
    element.client = client;
  });
  const control = await until(() => $<IcraSignIn>(element, 'icra-sign-in'));
  return { element, control, api, kind };
}

/** Signs in from the widget's own button, the popup taking focus away, then the portal's answer. */
async function signIn(control: IcraSignIn, api: string, kind: 'citizen' | 'official') {
  await userEvent.click(await until(() => $(control, '[part~="sign-in"]')));
  await until(() => $(control, '[part~="cancel"]'));
  // The popup had focus: back on the page, nothing in it is focused.
  (document.activeElement as HTMLElement | null)?.blur();
  sessionFor(api).accept(fixtureToken(kind), 600);
}

describe('focus after a sign-in started in a widget', () => {
  it.each(widgets)('<%s>: on who is signed in, visible', async (_tag, make) => {
    const { control, api, kind } = await place(make);
    await signIn(control, api, kind);
    const who = await until(() => $(control, '[part~="who"]'));
    await until(() => deepActiveElement() === who);
    const box = who.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
  });

  it('only in the widget that started it', async () => {
    const first = await place(widgets[0]![1]);
    const other = await mount<IcraElement>(
      `<icra-cabinet api="${first.api}" authority="guba" lang="en"></icra-cabinet>`,
      (element) => {
        (element as IcraElement & { client: unknown }).client = (
          first.element as IcraElement & { client: unknown }
        ).client;
      },
    );
    await signIn(first.control, first.api, first.kind);
    const who = await until(() => $(first.control, '[part~="who"]'));
    await until(() => deepActiveElement() === who);
    const otherControl = $<IcraSignIn>(other, 'icra-sign-in')!;
    await until(() => $(otherControl, '[part~="who"]'));
    expect(deepActiveElement()).toBe(who);
  });
});

describe('who is signed in, with sign-out, in the citizen widgets', () => {
  const names: Record<string, string> = {
    az: 'Daxil olmusunuz:',
    en: 'Signed in as',
    ru: 'Вы вошли:',
  };
  const out: Record<string, string> = { az: 'Çıxış', en: 'Sign out', ru: 'Выйти' };
  for (const [tag, make] of widgets.filter(([tag]) => tag === 'icra-participation' || tag === 'icra-poll')) {
    it.each(['az', 'en', 'ru'])(`<${tag}> in %s`, async (lang) => {
      const { control, api, kind } = await place(make, lang);
      await signIn(control, api, kind);
      const who = await until(() => $(control, '[part~="who"]'));
      expect(who.textContent).toContain(names[lang]);
      const box = who.getBoundingClientRect();
      expect(box.width).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThan(0);
      const signOut = $(control, '[part~="sign-out"]')!;
      expect(signOut.textContent?.trim()).toBe(out[lang]);
      expect(signOut.getBoundingClientRect().width).toBeGreaterThan(0);
      await userEvent.click(signOut);
      await until(() => sessionFor(api).state.status === 'signed-out');
      await until(() => $(control, '[part~="sign-in"]') ?? (!control.isConnected && control));
    });
  }
});
