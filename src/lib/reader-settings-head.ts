/**
 * The script that applies the reader's settings (reader-settings.ts) in <head>, before the body
 * is parsed, so the first paint already has them. Inline on purpose (an external or module script
 * runs after the first paint), and the same text on every page, so that a Content-Security-Policy
 * can allow it by one hash; written small, since every page carries it. Storage can be blocked
 * (private mode, strict settings): the page then shows the defaults. A module of its own, so that
 * page scripts importing reader-settings.ts do not carry it.
 */
import { LEGACY_LARGE, LEGACY_READING_MODE_KEY, SETTINGS, SETTINGS_KEY } from './reader-settings.ts';

const key = JSON.stringify(SETTINGS_KEY);
const legacy = JSON.stringify(LEGACY_READING_MODE_KEY);
const names = JSON.stringify(SETTINGS.map(({ name }) => name));

export const HEAD_SCRIPT =
  // Scripts run: controls that need them (the reader settings) show from the first paint.
  `document.documentElement.classList.add("js");` +
  `try{var s=JSON.parse(localStorage.getItem(${key})||"{}")||{};` +
  // The former 大字模式 becomes the large text size, once.
  `if(localStorage.getItem(${legacy})==${JSON.stringify(LEGACY_LARGE)}){s.size=s.size||"large";` +
  `localStorage.setItem(${key},JSON.stringify(s));localStorage.removeItem(${legacy})}` +
  `${names}.forEach(function(n){if(typeof s[n]=="string")document.documentElement.setAttribute("data-"+n,s[n])})` +
  `}catch(e){}`;
