/**
 * The reader-settings panel (src/components/ReaderSettings.astro), filled when the reader first
 * opens it: one radio group per setting, so that keyboard and screen-reader users meet ordinary
 * controls (Tab to a group, the arrow keys to choose), each choice applied to <html> at once and
 * stored for the next pages (the head script, reader-settings-head.ts, applies them there).
 */
import { attributeOf, SETTINGS, SETTINGS_KEY } from './reader-settings';

export function fillPanel(panel: HTMLElement): void {
  const root = document.documentElement;
  const body = panel.querySelector('div')!;
  body.replaceChildren(
    ...SETTINGS.map(({ name, label, options }) => {
      const group = document.createElement('fieldset');
      group.append(Object.assign(document.createElement('legend'), { textContent: label }));
      const shown = root.getAttribute(attributeOf(name)) ?? options[0][0];
      for (const [index, [value, text]] of options.entries()) {
        const input = Object.assign(document.createElement('input'), { type: 'radio', name, value });
        input.defaultChecked = index === 0;
        input.checked = value === shown;
        const choice = document.createElement('label');
        choice.append(input, text);
        group.append(choice);
      }
      return group;
    }),
  );
  body.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.defaultChecked) root.removeAttribute(attributeOf(input.name));
    else root.setAttribute(attributeOf(input.name), input.value);
    // The reader's choices, defaults left out.
    const chosen = [...body.querySelectorAll('input')].filter((one) => one.checked && !one.defaultChecked);
    try {
      localStorage.setItem(
        SETTINGS_KEY,
        JSON.stringify(Object.fromEntries(chosen.map((one) => [one.name, one.value]))),
      );
    } catch {
      // Without storage the setting still applies to this page, it just is not remembered.
    }
  });
}
