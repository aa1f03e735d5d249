/**
 * Read aloud (朗读) in real Chromium, observed through the page's own speechSynthesis: an init
 * script gives it the voices a test names (getVoices, voiceschanged) and replaces speak, cancel,
 * pause and resume with a recording queue that ends each utterance as a speech engine would —
 * at once, or when the test says — so that the test sees every utterance the page asks for, its
 * language and rate, and what the page highlighted and kept in view when it asked.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { READING_ATTRIBUTE } from '../../src/lib/read-aloud-player.ts';
import { atLeast } from '../support/at-least.ts';
import { useSite } from '../support/browser.ts';
import { open, runAxe, useSettings } from '../support/page-tools.ts';
import { PAGES, type PageType } from '../support/pages.ts';

const site = useSite();
const DOCUMENT = PAGES.documentWithTables;

interface Spoken {
  text: string;
  lang: string;
  rate: number;
  /** The element highlighted when the page asked for the utterance: its tag and its text, spaces collapsed. */
  tag: string | null;
  highlighted: string | null;
  inView: boolean;
}

interface Speech {
  spoken: Spoken[];
  calls: string[];
  /** While false, an utterance lasts until the test calls finish(). */
  auto: boolean;
  finish(): void;
  errors: string[];
}

/** Installs the recording speechSynthesis before any page script runs. */
function recordSpeech({
  voices,
  attribute,
  late,
}: {
  voices: { lang: string; name: string }[];
  attribute: string;
  late: boolean;
}) {
  const synth = window.speechSynthesis;
  let queue: SpeechSynthesisUtterance[] = [];
  let speaking: SpeechSynthesisUtterance | null = null;
  let paused = false;
  const fire = (utterance: SpeechSynthesisUtterance, type: string) =>
    utterance.dispatchEvent(new SpeechSynthesisEvent(type, { utterance }));
  const speech: Speech = {
    spoken: [],
    calls: [],
    auto: true,
    errors: [],
    finish() {
      const utterance = speaking;
      if (!utterance) return;
      speaking = null;
      fire(utterance, 'end');
      next();
    },
  };
  const next = () => {
    if (speaking || paused || queue.length === 0) return;
    speaking = queue.shift()!;
    fire(speaking, 'start');
    if (speech.auto) setTimeout(() => speech.finish(), 0);
  };
  (window as unknown as { speech: Speech }).speech = speech;
  // The highlighted elements in the order they were highlighted, kept apart: elements do not serialise.
  const highlighted: (Element | null)[] = [];
  (window as unknown as { highlighted: (Element | null)[] }).highlighted = highlighted;
  addEventListener('error', (event) => speech.errors.push(String(event.message)));
  let available = late ? [] : voices;
  if (late) setTimeout(() => ((available = voices), synth.dispatchEvent(new Event('voiceschanged'))), 300);
  const voice = (one: { lang: string; name: string }) => ({
    ...one,
    voiceURI: one.name,
    default: false,
    localService: true,
  });
  Object.assign(synth, {
    getVoices: () => available.map(voice),
    speak(utterance: SpeechSynthesisUtterance) {
      const element = document.querySelector(`[${attribute}]`);
      const box = element?.getBoundingClientRect();
      highlighted.push(element);
      speech.spoken.push({
        text: utterance.text,
        lang: utterance.lang,
        rate: utterance.rate,
        tag: element?.tagName.toLowerCase() ?? null,
        highlighted: element ? element.textContent!.replace(/\s+/g, '') : null,
        // Its start in the window, and all of it unless it is too tall to fit beside the controls.
        inView: Boolean(
          box && box.top >= 0 && box.top < innerHeight && (box.bottom <= innerHeight || box.height > innerHeight * 0.6),
        ),
      });
      queue.push(utterance);
      next();
    },
    cancel() {
      speech.calls.push('cancel');
      queue = [];
      speaking = null;
    },
    pause() {
      speech.calls.push('pause');
      paused = true;
    },
    resume() {
      speech.calls.push('resume');
      paused = false;
      next();
    },
  });
}

const ZH_CN = [
  { lang: 'en-US', name: 'English' },
  { lang: 'zh-TW', name: 'Mandarin (Taiwan)' },
  { lang: 'zh-CN', name: 'Mandarin (China)' },
];

async function readerPage(
  type: Pick<PageType, 'path' | 'heading'>,
  options: { voices?: { lang: string; name: string }[]; late?: boolean; hash?: string } = {},
): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, reducedMotion: 'reduce' });
  await context.addInitScript(recordSpeech, {
    voices: options.voices ?? ZH_CN,
    attribute: READING_ATTRIBUTE,
    late: options.late ?? false,
  });
  const page = await context.newPage();
  await open(page, site.server.url + type.path + (options.hash ?? ''), type);
  return page;
}

const speech = (page: Page) => page.evaluate(() => (window as unknown as { speech: Speech }).speech);
const state = (page: Page) =>
  page.$eval('[data-read-aloud]', (toolbar) => (toolbar as HTMLElement).dataset.state ?? 'idle');
/** Waits for the toolbar to reach a state: a click reaches the player through an awaited import, after the click has returned. */
const reached = (page: Page, wanted: string) =>
  page.waitForFunction(
    (value) => document.querySelector<HTMLElement>('[data-read-aloud]')!.dataset.state === value,
    wanted,
  );
const finished = (page: Page) =>
  page.waitForFunction(() => document.querySelector<HTMLElement>('[data-read-aloud]')!.dataset.state === 'idle');
const spokenCount = (page: Page) => page.evaluate(() => (window as unknown as { speech: Speech }).speech.spoken.length);
const manual = (page: Page) =>
  page.evaluate(() => void ((window as unknown as { speech: Speech }).speech.auto = false));
const finishOne = (page: Page) => page.evaluate(() => (window as unknown as { speech: Speech }).speech.finish());
const lastSpoken = async (page: Page) => (await speech(page)).spoken.at(-1)!;
/** Chinese characters and digits only: what the page shows and what it says compare on these. */
const han = (text: string) => text.replace(/[^\p{Script=Han}\d]/gu, '');
const play = (page: Page) => page.locator('[data-read-aloud] [data-action="play"]');

describe('reading a document aloud', () => {
  it('reads it part by part in zh-CN, in the order the page shows it, each part highlighted and in view while it is read, skipping navigation', async () => {
    const page = await readerPage(DOCUMENT);
    expect(await page.getByRole('group', { name: '朗读' }).isVisible()).toBe(true);
    await play(page).click();
    await finished(page);
    const { spoken, errors } = await speech(page);
    expect(errors).toEqual([]);
    atLeast(100, spoken, 'utterances');
    for (const [index, utterance] of spoken.entries()) {
      expect(utterance).toMatchObject({ lang: 'zh-CN', rate: 1, inView: true });
      const continued = spoken[index - 1]?.highlighted === utterance.highlighted;
      // A long row is said in several utterances; its first names the row.
      if (utterance.tag === 'tr') expect(continued || /^第\d+行，/.test(utterance.text)).toBe(true);
      else if (utterance.tag === 'table') expect(utterance.text).toMatch(/^表格/);
      else expect(han(utterance.highlighted!)).toContain(han(utterance.text));
    }
    // Section, title and 文号 first, then the metadata, then the text.
    expect(spoken.slice(0, 3).map(({ tag, text }) => [tag, text])).toEqual([
      ['p', '区政府文件'],
      ['h1', DOCUMENT.heading],
      ['p', '济槐政字〔2021〕15号'],
    ]);
    expect(spoken[3]!.text).toBe('文件信息');
    expect(spoken[4]!.text).toMatch(/^发文机关：/);
    // Tables row by row, each cell with its column's name.
    const rows = atLeast(
      20,
      spoken.filter(({ tag }) => tag === 'tr'),
      'table rows read',
    );
    expect(rows[0]!.text).toMatch(/^第1行，[^；]+：/);
    // Headings are read; navigation, the table of contents and the controls are not.
    expect(spoken.some(({ tag }) => tag === 'h2')).toBe(true);
    const said = spoken.map(({ text }) => text).join('\n');
    for (const unread of ['本文目录', '上一篇', '下一篇', '跳到正文', '阅读设置', '语速', '网址：'])
      expect(said).not.toContain(unread);
    // The highlight moved down the page, never back, and is gone at the end.
    const order = await page.evaluate(() => {
      const elements = (window as unknown as { highlighted: Element[] }).highlighted;
      return elements.every(
        (element, index) =>
          index === 0 ||
          element === elements[index - 1] ||
          Boolean(elements[index - 1]!.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING),
      );
    });
    expect(order).toBe(true);
    expect(await page.$$(`[${READING_ATTRIBUTE}]`)).toHaveLength(0);
    expect(await play(page).textContent()).toBe('朗读');
    await page.context().close();
  });

  it('pauses, resumes, changes speed (reading the part again at the new speed) and stops', async () => {
    const page = await readerPage(DOCUMENT);
    await manual(page);
    await play(page).click();
    await page.waitForFunction(() => (window as unknown as { speech: Speech }).speech.spoken.length > 0);
    expect([await play(page).textContent(), await state(page)]).toEqual(['暂停', 'playing']);
    await play(page).click();
    await reached(page, 'paused');
    expect([await play(page).textContent(), await state(page), (await speech(page)).calls.at(-1)]).toEqual([
      '继续',
      'paused',
      'pause',
    ]);
    await play(page).click();
    await reached(page, 'playing');
    expect([await play(page).textContent(), await state(page), (await speech(page)).calls.at(-1)]).toEqual([
      '暂停',
      'playing',
      'resume',
    ]);
    // The engine ends two utterances; the reading moves on by itself.
    const before = await spokenCount(page);
    await finishOne(page);
    await finishOne(page);
    expect(await spokenCount(page)).toBeGreaterThan(before);
    const current = await lastSpoken(page);
    await page.getByLabel('语速').selectOption({ label: '慢' });
    const slower = await lastSpoken(page);
    expect((await speech(page)).calls.at(-1)).toBe('cancel');
    expect(slower).toMatchObject({ rate: 0.75, highlighted: current.highlighted });
    await page.getByRole('button', { name: '停止' }).click();
    await finished(page);
    expect(await page.$$(`[${READING_ATTRIBUTE}]`)).toHaveLength(0);
    expect(await page.getByRole('button', { name: '停止' }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement!.textContent)).toBe('朗读');
    await page.context().close();
  });

  it('starts at the paragraph the reader clicked, and moves to another one clicked while reading', async () => {
    const page = await readerPage(DOCUMENT);
    await manual(page);
    const paragraphs = page.locator('.document__body > p');
    await paragraphs.nth(4).click();
    await play(page).click();
    await page.waitForFunction(() => (window as unknown as { speech: Speech }).speech.spoken.length > 0);
    const first = (await speech(page)).spoken[0]!;
    expect(han(first.highlighted!)).toBe(han((await paragraphs.nth(4).textContent())!));
    await paragraphs.nth(8).click();
    expect((await speech(page)).calls.at(-1)).toBe('cancel');
    expect(han((await lastSpoken(page)).highlighted!)).toBe(han((await paragraphs.nth(8).textContent())!));
    await page.context().close();
  });

  it('starts at the section the address names, as a link from the table of contents leaves it', async () => {
    const page = await readerPage(DOCUMENT, { hash: '#附件' });
    await manual(page);
    await play(page).click();
    await page.waitForFunction(() => (window as unknown as { speech: Speech }).speech.spoken.length > 0);
    expect((await speech(page)).spoken[0]).toMatchObject({ tag: 'h2', text: expect.stringMatching(/^附件/) });
    await page.context().close();
  });

  for (const [colours, settings, colorScheme] of [
    ['system light colours', {}, 'light'],
    ['system dark colours', {}, 'dark'],
    ['the high-contrast light theme', { theme: 'light', size: 'x-large' }, 'dark'],
    ['the high-contrast dark theme', { theme: 'dark', size: 'x-large' }, 'light'],
  ] as const) {
    it(`passes axe with a table row highlighted, in ${colours}`, async () => {
      const context = await site.browser.newContext({
        viewport: { width: 360, height: 800 },
        reducedMotion: 'reduce',
        colorScheme,
      });
      await useSettings(context, settings);
      await context.addInitScript(recordSpeech, { voices: ZH_CN, attribute: READING_ATTRIBUTE, late: false });
      const page = await context.newPage();
      await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
      await manual(page);
      await page.locator('.document__body td').nth(4).click();
      await play(page).click();
      await reached(page, 'playing');
      await play(page).click();
      await reached(page, 'paused');
      expect(await page.$eval(`[${READING_ATTRIBUTE}]`, (element) => element.tagName)).toBe('TR');
      const { violations, passes } = await runAxe(page);
      await context.close();
      expect(passes).toBeGreaterThan(10);
      expect(violations).toEqual([]);
    });
  }
});

describe('the controls on a wide screen', () => {
  it('sit between the title and the document’s details, without pushing the text below the table of contents beside it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(recordSpeech, { voices: ZH_CN, attribute: READING_ATTRIBUTE, late: false });
    const page = await context.newPage();
    await open(page, site.server.url + PAGES.documentWithDeepHeadings.path, PAGES.documentWithDeepHeadings);
    const layout = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return {
        controlsShown: !document.querySelector<HTMLElement>('[data-read-aloud]')!.hidden,
        order:
          box('.document__header').bottom <= box('[data-read-aloud]').top &&
          box('[data-read-aloud]').bottom <= box('.document-meta').top,
        textFollowsDetails: box('.document__body').top - box('.document-meta').bottom,
        tocBeside: box('.toc').left >= box('.document__body').right,
      };
    });
    await context.close();
    expect(layout).toMatchObject({ controlsShown: true, order: true, tocBeside: true });
    expect(layout.textFollowsDetails).toBeLessThan(100);
  });
});

describe('reading an issue aloud', () => {
  it('reads its heading and lead, then each section and each document with its 文号 and date', async () => {
    const page = await readerPage(PAGES.issue);
    await play(page).click();
    await finished(page);
    const { spoken } = await speech(page);
    expect(spoken[0]).toMatchObject({ tag: 'h1', text: han(PAGES.issue.heading) });
    const entries = await page.$$eval('.document-list li', (items) => items.length);
    const read = atLeast(
      5,
      spoken.filter(({ tag }) => tag === 'li'),
      'documents read',
    );
    expect(read).toHaveLength(entries);
    expect(read.filter(({ text }) => /，[^，]+〔\d{4}〕\d+号，\d{4}年\d+月\d+日$/.test(text)).length).toBeGreaterThan(
      0,
    );
    expect(spoken.filter(({ tag }) => tag === 'h2').length).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('where the browser has no Chinese voice', () => {
  for (const [description, voices] of [
    [
      'only voices of other languages',
      [
        { lang: 'en-US', name: 'English' },
        { lang: 'ja-JP', name: 'Japanese' },
      ],
    ],
    ['no voices at all', []],
  ] as const) {
    it(`hides the controls (hidden, not disabled) without an error, with ${description}`, async () => {
      const page = await readerPage(DOCUMENT, { voices: [...voices] });
      const toolbar = await page.$eval('[data-read-aloud]', (element) => ({
        hidden: (element as HTMLElement).hidden,
        disabled: [...element.querySelectorAll('button')].some((button) => button.disabled),
      }));
      expect(toolbar).toEqual({ hidden: true, disabled: false });
      expect(await page.getByRole('group', { name: '朗读' }).isVisible()).toBe(false);
      expect((await speech(page)).errors).toEqual([]);
      await page.context().close();
    });
  }

  it('offers 朗读 once a Chinese voice arrives after the page has loaded', async () => {
    const page = await readerPage(DOCUMENT, { late: true });
    await page.waitForSelector('[data-read-aloud]:not([hidden])');
    expect(await page.getByRole('group', { name: '朗读' }).isVisible()).toBe(true);
    await page.context().close();
  });
});
