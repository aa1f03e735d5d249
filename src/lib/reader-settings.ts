/**
 * The reader's settings (适老化): text size, spacing, colours, pointer and focus ring. Each is a
 * `data-*` attribute on <html> that the stylesheet reads; together they are remembered in
 * localStorage, so they persist between pages. The head script (HEAD_SCRIPT) applies them before
 * the first paint; the settings panel (src/components/ReaderSettings.astro) changes them.
 */

export interface Setting {
  /** The setting's name: its radio group's name, its key in storage, its attribute `data-{name}`. */
  name: string;
  /** The group's label (legend), in Chinese. */
  label: string;
  /** value → Chinese label; the first is the default, which is never stored or set on <html>. */
  options: readonly (readonly [value: string, label: string])[];
}

export const SETTINGS = [
  {
    name: 'size',
    label: '文字大小',
    options: [
      ['normal', '标准'],
      ['large', '大'],
      ['x-large', '特大'],
    ],
  },
  {
    name: 'spacing',
    label: '行距和段距',
    options: [
      ['normal', '标准'],
      ['wide', '宽松'],
    ],
  },
  {
    name: 'theme',
    label: '配色',
    options: [
      ['auto', '跟随系统'],
      ['light', '高对比度：白底黑字'],
      ['dark', '高对比度：黑底黄字'],
    ],
  },
  {
    name: 'pointer',
    label: '鼠标指针和焦点框',
    options: [
      ['normal', '标准'],
      ['large', '放大'],
    ],
  },
] as const satisfies readonly Setting[];

export type SettingName = (typeof SETTINGS)[number]['name'];
export type ReaderSettings = Partial<Record<SettingName, string>>;

/** Where the settings are stored: a JSON object of the settings that differ from their default. */
export const SETTINGS_KEY = 'gazette:reader-settings';

/**
 * Where the former large-text mode (大字模式, one toggle) stored its choice, `large`. A reader
 * who chose it keeps large text: the head script moves it to `size: large` and removes this key.
 */
export const LEGACY_READING_MODE_KEY = 'gazette:reading-mode';
export const LEGACY_LARGE = 'large';

/** Every setting at its strongest: what the page-weight budget and the widest layout tests use. */
export const LARGEST: Required<ReaderSettings> = { size: 'x-large', spacing: 'wide', theme: 'dark', pointer: 'large' };

export const attributeOf = (name: string): string => `data-${name}`;
