/**
 * A document's meta description: its first real sentence, as a resident would read it in a
 * search result. The converter's Markdown starts with the 主送 line (`各街道办事处：`) and may hold
 * tables and signatures as raw HTML; those are not sentences, so only paragraphs and list items
 * are read (src/data/source.ts, which parses the Markdown as the site renders it).
 */
import { bodyBlocks } from '../data/source.ts';
import { chineseDate, SITE_NAME } from './paths.ts';

/** Search engines show about 80–120 Chinese characters of a description. */
export const DESCRIPTION_MAX = 120;

const SENTENCE_END = /[。！？]/;

/** Shortens a long sentence at its last clause break inside the limit, so it never ends mid-word. */
function shorten(sentence: string): string {
  if (sentence.length <= DESCRIPTION_MAX) return sentence;
  const head = sentence.slice(0, DESCRIPTION_MAX - 1);
  const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf('；'), head.lastIndexOf('、'));
  return `${cut > DESCRIPTION_MAX / 2 ? head.slice(0, cut) : head}…`;
}

/**
 * The first sentence of the body, ending at 。！？, or null when the body has none (a table of
 * statistics, say). `addressee` is the 主送 line, which opens the body but is not a sentence.
 * Blocks are read as one stream so that `任命：` followed by a list reads as one sentence.
 */
export function firstSentence(markdown: string, addressee: string | null = null): string | null {
  const stream = bodyBlocks(markdown)
    .flatMap((block) => (block.kind === 'paragraph' || block.kind === 'item' ? [block.text] : []))
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((block) => block && block !== addressee?.trim() && !/^(注|附件)[：:]/.test(block))
    .join('');
  const end = stream.search(SENTENCE_END);
  if (end < 0) return null;
  return shorten(stream.slice(0, end + 1));
}

/** What a document's description is made of: its Markdown body and the metadata that describes it when the body cannot. */
export interface DescribedDocument {
  title: string;
  organ: string | null;
  docNumber: string | null;
  date: string | null;
  addressee: string | null;
  issueTitle: string;
}

/**
 * A document's description for its page, its feed entry and its social card: its first sentence;
 * documents without a sentence of their own (a table of statistics) are described by what they are.
 */
export function documentDescription(markdown: string, data: DescribedDocument): string {
  return (
    firstSentence(markdown, data.addressee) ??
    [
      `${data.title}。`,
      data.organ,
      data.docNumber,
      chineseDate(data.date),
      `刊登于《${SITE_NAME}》${data.issueTitle}。`,
    ]
      .filter(Boolean)
      .join('')
  );
}
