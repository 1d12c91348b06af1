import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import { editorMessages } from './messages.js';
import './rich-text-field.define.js';
import type { IcraRichText } from './rich-text-field.js';

afterEach(cleanup);

const messages = editorMessages('en');

/** A form with the field in it, as the editor has it (the form in a shadow root is the same). */
async function field(attributes = '', defaultValue = '') {
  const form = await mount<HTMLFormElement>(
    `<form novalidate><icra-rich-text name="body" ${attributes}></icra-rich-text><button type="reset">Reset</button></form>`,
  );
  const element = form.querySelector<IcraRichText>('icra-rich-text')!;
  element.messages = messages;
  element.label = 'Text';
  element.hint = 'Bold, italic, headings, lists and links.';
  element.defaultValue = defaultValue;
  await element.updateComplete;
  const area = $(element, '[part~="editor"]')!;
  return { form, element, area };
}

describe('<icra-rich-text>', () => {
  it('its value is the allow-listed HTML, submitted with its form; a reset brings back the first value', async () => {
    const { form, element, area } = await field(
      '',
      '<p onclick="x()">Salam <script>alert(1)</script><b>dünya</b></p>',
    );
    expect(area.innerHTML).toBe('<p>Salam <b>dünya</b></p>');
    expect(element.value).toBe('<p>Salam <b>dünya</b></p>');
    expect(new FormData(form).get('body')).toBe('<p>Salam <b>dünya</b></p>');
    element.value = '<h2 style="color:red">Başlıq</h2><iframe src="x"></iframe>';
    expect(area.innerHTML).toBe('<h2>Başlıq</h2>');
    expect(new FormData(form).get('body')).toBe('<h2>Başlıq</h2>');
    expect(element.text).toBe('Başlıq');
    form.reset();
    expect(area.innerHTML).toBe('<p>Salam <b>dünya</b></p>');
    expect(new FormData(form).get('body')).toBe('<p>Salam <b>dünya</b></p>');
  });

  it('typing changes the value the form sees; input events reach the page', async () => {
    const { form, element, area } = await field();
    let inputs = 0;
    element.addEventListener('input', () => inputs++);
    await userEvent.click(area);
    await userEvent.keyboard('Yeni park');
    expect(element.text).toBe('Yeni park');
    expect(new FormData(form).get('body')).toBe('Yeni park');
    expect(inputs).toBeGreaterThan(0);
  });

  it('is invalid when required and empty, too long, or given an error; the message is in its own root', async () => {
    const { element, area } = await field('required maxlength="5"');
    expect(element.validity.valueMissing).toBe(true);
    expect(element.validationMessage).toBe('Enter the text');
    expect(element.checkValidity()).toBe(false);
    expect(element.matches(':state(invalid)')).toBe(true);
    expect(area.getAttribute('aria-required')).toBe('true');

    element.value = 'Çox uzun mətn';
    expect(element.validity.tooLong).toBe(true);
    expect(element.validationMessage).toBe('The text must be 5 characters or fewer');
    element.value = 'Qısa';
    expect(element.validity.valid).toBe(true);
    expect(element.matches(':state(invalid)')).toBe(false);

    element.error = 'The text is too long';
    await element.updateComplete;
    expect(element.validity.customError).toBe(true);
    expect(element.validationMessage).toBe('The text is too long');
    expect(area.getAttribute('aria-invalid')).toBe('true');
    const described = area.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => $(element, `#${id}`)?.textContent)).toEqual([
      'Bold, italic, headings, lists and links.',
      'The text is too long',
    ]);
    expect($(element, `#${area.getAttribute('aria-labelledby')}`)?.textContent).toBe('Text');
    expect(area.getAttribute('role')).toBe('textbox');
    expect(area.getAttribute('aria-multiline')).toBe('true');
    element.error = '';
    await element.updateComplete;
    expect(element.validity.valid).toBe(true);
    expect(area.getAttribute('aria-invalid')).toBe('false');
  });

  it('focusing it, as an error summary link or a label does, focuses its editing area', async () => {
    const { element, area } = await field();
    element.focus();
    expect(deepActiveElement()).toBe(area);
  });

  it('the toolbar works from the keyboard: Tab back to a button, Enter formats the selection', async () => {
    const { element, area } = await field();
    await userEvent.click(area);
    await userEvent.keyboard('Salam');
    await userEvent.keyboard('{Shift>}{Home}{/Shift}');
    // Back through the toolbar: link, numbered, bulleted, heading, italic, bold.
    for (let step = 0; step < 6; step++) await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    const bold = $(element, '.tool.bold')!;
    expect(deepActiveElement()).toBe(bold);
    expect(bold.querySelector('.visually-hidden')?.textContent).toBe('Bold');
    await userEvent.keyboard('{Enter}');
    expect(deepActiveElement()).toBe(area);
    expect(area.innerHTML).toMatch(/^(<b>|<strong>)Salam(<\/b>|<\/strong>)$/);
    expect(element.value).toBe(area.innerHTML);

    // Space on "bulleted list" makes a list of the line.
    for (let step = 0; step < 3; step++) await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(deepActiveElement()).toBe($(element, '.tool.ul'));
    await userEvent.keyboard(' ');
    await until(() => area.querySelector('ul li'));
    expect($$(element, '.toolbar button')).toHaveLength(6);
    expect($(element, '[part~="toolbar"]')?.getAttribute('aria-label')).toBe('Text formatting');
  });

  it('Ctrl+K opens the link field; Escape closes it and gives the focus back', async () => {
    const { element, area } = await field();
    await userEvent.click(area);
    await userEvent.keyboard('{Control>}k{/Control}');
    const link = await until(() => $<HTMLInputElement>(element, '#link'));
    expect(deepActiveElement()).toBe(link);
    await userEvent.keyboard('{Escape}');
    await until(() => !$(element, '#link'));
    expect(deepActiveElement()).toBe(area);
  });
});
