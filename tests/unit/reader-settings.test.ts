import { describe, expect, it } from 'vitest';
import { HEAD_SCRIPT } from '../../src/lib/reader-settings-head.ts';
import { LARGEST, LEGACY_READING_MODE_KEY, SETTINGS, SETTINGS_KEY } from '../../src/lib/reader-settings.ts';

/**
 * Runs the head script against a store and an <html> of its own; returns the attributes it set and
 * the store after. It must also mark <html> as a page where scripts run, whatever the store holds.
 */
function runHeadScript(stored: Record<string, string>, options: { storageThrows?: boolean } = {}) {
  const store = new Map(Object.entries(stored));
  const attributes = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => {
      if (options.storageThrows) throw new Error('SecurityError: storage is blocked');
      return store.get(key) ?? null;
    },
    setItem: (key: string, value: string) => void store.set(key, value),
    removeItem: (key: string) => void store.delete(key),
  };
  const classes = new Set<string>();
  const document = {
    documentElement: {
      setAttribute: (name: string, value: string) => attributes.set(name, value),
      classList: { add: (name: string) => void classes.add(name) },
    },
  };
  new Function('localStorage', 'document', HEAD_SCRIPT)(localStorage, document);
  expect([...classes]).toEqual(['js']);
  return { attributes: Object.fromEntries(attributes), store: Object.fromEntries(store) };
}

describe('the head script that applies the reader’s settings before the first paint', () => {
  it('sets nothing for a reader who never chose a setting', () => {
    expect(runHeadScript({})).toEqual({ attributes: {}, store: {} });
  });

  it('sets one data-* attribute on <html> per stored setting', () => {
    const { attributes } = runHeadScript({ [SETTINGS_KEY]: JSON.stringify(LARGEST) });
    expect(attributes).toEqual({
      'data-size': 'x-large',
      'data-spacing': 'wide',
      'data-theme': 'dark',
      'data-pointer': 'large',
    });
  });

  it('moves the former 大字模式 choice to the large text size and forgets the old key', () => {
    expect(runHeadScript({ [LEGACY_READING_MODE_KEY]: 'large' })).toEqual({
      attributes: { 'data-size': 'large' },
      store: { [SETTINGS_KEY]: '{"size":"large"}' },
    });
  });

  it('keeps the settings a reader chose since, when the old 大字模式 key is still there', () => {
    const { attributes, store } = runHeadScript({
      [LEGACY_READING_MODE_KEY]: 'large',
      [SETTINGS_KEY]: '{"size":"x-large","theme":"light"}',
    });
    expect(attributes).toEqual({ 'data-size': 'x-large', 'data-theme': 'light' });
    expect(store).toEqual({ [SETTINGS_KEY]: '{"size":"x-large","theme":"light"}' });
  });

  it('ignores keys that are not settings, and values that are not strings', () => {
    const { attributes } = runHeadScript({ [SETTINGS_KEY]: '{"size":3,"onclick":"x","theme":"dark"}' });
    expect(attributes).toEqual({ 'data-theme': 'dark' });
  });

  it('leaves the page at its defaults, without an error, when storage is blocked or holds broken JSON', () => {
    expect(runHeadScript({}, { storageThrows: true }).attributes).toEqual({});
    expect(runHeadScript({ [SETTINGS_KEY]: '{broken' }).attributes).toEqual({});
    expect(runHeadScript({ [SETTINGS_KEY]: 'null' }).attributes).toEqual({});
  });

  it('is the same text whatever page it is on: nothing in it is per page, so one CSP hash allows it', () => {
    expect(HEAD_SCRIPT).not.toMatch(/\$\{|<\/script/i);
    expect(HEAD_SCRIPT.length).toBeLessThan(800);
  });
});

describe('the settings offered', () => {
  it('are text size in at least three steps, spacing, colours and pointer, each with Chinese labels and a default first', () => {
    expect(SETTINGS.map(({ name }) => name)).toEqual(['size', 'spacing', 'theme', 'pointer']);
    expect(SETTINGS.find(({ name }) => name === 'size')!.options.length).toBeGreaterThanOrEqual(3);
    for (const { label, options } of SETTINGS) {
      expect(label).toMatch(/^\p{Script=Han}+$/u);
      for (const [, text] of options) expect(text).toMatch(/\p{Script=Han}/u);
    }
    expect(SETTINGS.map(({ options }) => options[0][0])).toEqual(['normal', 'normal', 'auto', 'normal']);
  });

  it('name as largest a value each setting offers, its last', () => {
    for (const { name, options } of SETTINGS) expect(LARGEST[name]).toBe(options.at(-1)![0]);
  });
});
