import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { violations } from '../../test/a11y.js';
import { $, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import { type SignInScenario, signInFixtureApi } from './fixtures.js';
import type { IcraSignIn } from './sign-in.js';

afterEach(cleanup);
afterAll(() => commands.emulateMedia({ colorScheme: 'light' }));

const states: [SignInScenario, string][] = [
  ['signed-out', '[part~="sign-in"]'],
  ['signing-in', '[part~="cancel"]'],
  ['signed-in', '[part~="sign-out"]'],
  ['popup-blocked', '[part~="retry"]'],
  ['expired', '[part~="message"]'],
];

describe.each(['light', 'dark'] as const)('<icra-sign-in>: axe, WCAG 2.2 AA, %s', (scheme) => {
  it.each(states)('%s', async (scenario, selector) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const element = await mount<IcraSignIn>(
      `<icra-sign-in api="${signInFixtureApi(scenario)}" authority="guba" lang="en" theme="${scheme}"></icra-sign-in>`,
    );
    const control = await until(() => $(element, selector));
    expect(await violations(element)).toEqual([]);
    // Targets of at least 24 by 24 CSS pixels (WCAG 2.5.8).
    for (const button of element.shadowRoot!.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      expect(box.width >= 24 && box.height >= 24).toBe(true);
    }
    expect(control).toBeTruthy();
  });
});
