/**
 * Which of the browser's speech-synthesis voices reads the archive aloud (read-aloud.ts): apart
 * from the rest, because every document and issue page loads it to decide whether to offer
 * 朗读 at all, while the rest loads only when the reader starts.
 */

/** Mandarin of mainland China (zh-CN, zh_CN) first, then any Chinese voice (zh-*, cmn-*, yue-*); null when there is none. */
export function chineseVoice<V extends { lang: string }>(voices: readonly V[]): V | null {
  return (
    voices.find((voice) => /^zh[-_]cn$/i.test(voice.lang)) ??
    voices.find((voice) => /^(?:zh|cmn|yue)\b/i.test(voice.lang)) ??
    null
  );
}
