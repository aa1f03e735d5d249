/**
 * Join rules: whether the next logical line continues the paragraph being built. Lines here are
 * already whole paragraphs, headings or titles as printed (see wrap.ts); what is left to join is
 * a paragraph broken by a page break in an extraction with one paragraph per line, a bracketed
 * note under its sentence, and a run-in lead printed on a line of its own.
 */
import {
  endsSentence,
  isBoxTitle,
  isBracketedNote,
  matchAttachmentLabel,
  closesAny,
  matchMarker,
  unclosedMarks,
  type Marker,
} from '../../vocabulary/index.ts';
import { lastLineWidth, PARAGRAPH_INDENT, relativeIndent, type LayoutModel } from './layout.ts';
import { isHeadingLike } from './lists.ts';
import type { LineRecord } from './records.ts';
import type { Journal } from '../types.ts';
import { MAX_LINE_LENGTH } from '../read/index.ts';
import type { Rule } from './rules.ts';

export interface JoinContext {
  /** The paragraph's first line, and its text so far. */
  first: LineRecord;
  text: string;
  next: LineRecord;
  /** The marker the paragraph opens with, if any. */
  marker: Marker | null;
  /** Numbered lines here are run-in paragraphs or numbered sentences, not headings. */
  runIn: boolean;
  /** The paragraph is a run-in lead alone on its line, in a list of run-in paragraphs. */
  leadOnly: boolean;
  layout: LayoutModel;
}

type JoinVerdict = 'join' | 'break';

/** Characters after which a heading-like line cannot have ended (`…，`, `（`, `“`, `——`). */
const OPEN_END = /[，、,（(“《—]$/;

/** The next line is a bracketed note that belongs to the sentence above (not under a heading). */
function isNoteUnderSentence({ next, marker, runIn }: JoinContext): boolean {
  return isBracketedNote(next.text) && !(marker && !runIn && isHeadingLike(marker));
}

/** A few characters closing a sentence (`案审查工作。`), the tail of a long line cut by a page break. */
function isShortTail({ first, text, next, marker }: JoinContext): boolean {
  return (
    text === first.text &&
    !endsSentence(text) &&
    (marker?.rest.length ?? text.length) >= 12 &&
    next.text.length <= 8 &&
    /。$/.test(next.text)
  );
}

export const JOIN_RULES: readonly Rule<JoinContext, JoinVerdict>[] = [
  {
    name: 'join/next-starts-a-block',
    why: 'A line opening with a numbering marker, a bullet, an attachment label or a 专栏 box starts a block of its own.',
    decide: ({ next }) =>
      next.bullet || matchMarker(next.text) || matchAttachmentLabel(next.text) || isBoxTitle(next.text)
        ? 'break'
        : null,
  },
  {
    name: 'join/bullet-keeps-to-its-item',
    why: 'A bullet item takes in only its own wrapped tail, never the paragraph after a blank line.',
    decide: ({ first, next }) => (first.bullet && next.gapBefore ? 'break' : null),
  },
  {
    name: 'join/indent-starts-a-paragraph',
    why: 'Where paragraphs are marked by their indent, each indented line is a paragraph; only a bracketed note joins the sentence above.',
    decide: (context) =>
      context.layout.indentedParagraphs &&
      relativeIndent(context.next, context.layout) >= 2 &&
      !isNoteUnderSentence(context)
        ? 'break'
        : null,
  },
  {
    name: 'join/short-tail-completes-a-cut-line',
    why: 'A few characters ending with a full stop under a long unfinished line are that line’s tail, cut off by a page break.',
    decide: (context) => (isShortTail(context) ? 'join' : null),
  },
  {
    name: 'join/heading-stands-alone',
    why: 'A short numbered line that is a heading (not a run-in lead) ends at its line, unless it stops on a comma or an open bracket.',
    decide: ({ text, runIn }) => {
      const marker = matchMarker(text);
      return marker && !runIn && isHeadingLike(marker) && !OPEN_END.test(text) ? 'break' : null;
    },
  },
  {
    name: 'join/note-belongs-to-its-sentence',
    why: 'A bracketed note on a line of its own (`（区科技局负责）`) belongs to the sentence above it.',
    decide: (context) => (isNoteUnderSentence(context) ? 'join' : null),
  },
  {
    name: 'join/lead-joins-its-body',
    why: 'In a list of run-in paragraphs, a lead printed on a line of its own (`（十）提高服务能力。`) continues with the body below it, like its siblings’ leads.',
    decide: ({ leadOnly, text, first }) => (leadOnly && text === first.text ? 'join' : null),
  },
  {
    name: 'join/title-stands-alone',
    why: 'Where the column showed where lines end, a single printed line without the punctuation of running text that stopped well short of the edge (more than a paragraph’s first line does), leaving no bracket open, is a title or a label (`保障措施`), not a sentence left unfinished.',
    decide: ({ first, text, layout }) =>
      layout.rejoined &&
      layout.wrapWidth !== null &&
      lastLineWidth(first, layout) < layout.wrapWidth - 2 * PARAGRAPH_INDENT &&
      text === first.text &&
      first.lines.length === 1 &&
      !first.bullet &&
      matchMarker(text) === null &&
      !/[，,、；;。：:！!？?]/.test(text) &&
      unclosedMarks(text).length === 0
        ? 'break'
        : null,
  },
  {
    name: 'join/open-bracket-continues',
    why: 'A line that leaves a bracket or quote open (`（牵头单位：…，责任单位：`) has not ended its sentence when the next line closes it.',
    decide: ({ text, next }) => {
      const open = unclosedMarks(text);
      return open.length > 0 && closesAny(next.text, open) ? 'join' : null;
    },
  },
  {
    name: 'join/sentence-end-breaks',
    why: 'A line that ends a sentence ends its paragraph.',
    decide: ({ text }) => (endsSentence(text) ? 'break' : null),
  },
  {
    name: 'join/unfinished-sentence-continues',
    why: 'A line that stops in the middle of a sentence was broken by a page break: the next line continues it.',
    decide: () => 'join',
  },
];

/**
 * Whether joining `next` would make a paragraph (or a wrapped line) longer than a line may be
 * (MAX_LINE_LENGTH): then it starts a new one, with a warning. Only an extraction whose 目录 or
 * tables were read as running text gets there; every join then reads a bounded text, so joining
 * stays linear in the file. Nothing is removed: the text is split where it would have grown too long.
 */
export function paragraphTooLong(length: number, next: LineRecord, journal: Journal): boolean {
  if (length + next.text.length <= MAX_LINE_LENGTH) return false;
  journal.warnings.push({
    line: next.no,
    code: 'paragraph-too-long',
    message: `上面的段落已有 ${length} 个字符，接上这一行将超过一段最多 ${MAX_LINE_LENGTH} 个字符的上限，这一行另起一段；原文一字未删，请对照 PDF 核对分段。`,
  });
  return true;
}
