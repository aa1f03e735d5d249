/**
 * The head of an official document: its title lines, its 文号 line and its addressee (主送) line,
 * in that order, possibly under the document's banner (`济南市槐荫区人民政府文件`, then the 文号, then
 * the title). Wrapped lines are allowed everywhere: narrow columns wrap a long title over five or
 * six lines and a long addressee over three.
 */
import { endsSentence, matchDocNumberLine, withoutWhitespace } from '../../vocabulary/index.ts';
import type { Journal, SourceLine } from '../types.ts';

/** How far down the 文号 line may stand: a title of six lines under a banner of two. */
const NUMBER_WINDOW = 12;
/** How many lines below the 文号 the addressee's last line may be. */
const ADDRESSEE_WINDOW = 5;

export interface DocumentHead {
  titleLines: SourceLine[];
  title: string;
  banner: SourceLine[];
  docNumber: { value: string; line: number } | null;
  addressee: SourceLine | null;
  /** The head's last line; the body starts after it. */
  last: SourceLine;
}

/** The addressee (主送) line: a short line ending with a colon, e.g. `各街道办事处，区政府各部门：`. */
export function isAddresseeLine(text: string): boolean {
  const trimmed = text.trim();
  return /[：:]$/.test(trimmed) && trimmed.length <= 80 && !/[。；]/.test(trimmed);
}

/** Lines of one wrapped head line joined, numbered as the first. */
function joinedLine(lines: SourceLine[]): SourceLine {
  return { no: lines[0]!.no, text: lines.map((line) => line.text.trim()).join('') };
}

/** The first line of an addressee wrapped over lines ending at `colonIndex`: lines that list recipients. */
function addresseeStart(visible: SourceLine[], colonIndex: number, floor: number): number {
  let start = colonIndex;
  while (start > floor && /[，、]/.test(visible[start - 1]!.text) && !endsSentence(visible[start - 1]!.text))
    start -= 1;
  return start;
}

/** The head of a document, or null when no title stands above its text. */
export function readDocumentHead(visible: SourceLine[], journal: Journal): DocumentHead | null {
  const numberIndex = visible.slice(0, NUMBER_WINDOW).findIndex((line) => matchDocNumberLine(line.text));
  const docNumber =
    numberIndex === -1
      ? null
      : { value: matchDocNumberLine(visible[numberIndex]!.text)!, line: visible[numberIndex]!.no };
  // The banner of an official document may stand above the 文号, with the title below it.
  const bannerAbove =
    numberIndex > 0 && visible.slice(0, numberIndex).every((line) => /文件$/.test(withoutWhitespace(line.text)));
  const afterNumber = numberIndex + 1;
  const window = numberIndex === -1 || bannerAbove ? NUMBER_WINDOW : ADDRESSEE_WINDOW;
  const colonOffset = visible.slice(afterNumber, afterNumber + window).findIndex((line) => isAddresseeLine(line.text));
  const colonIndex = colonOffset === -1 ? -1 : afterNumber + colonOffset;
  const start = colonIndex === -1 ? -1 : addresseeStart(visible, colonIndex, afterNumber);
  const titleBelow =
    bannerAbove && start > afterNumber && visible.slice(afterNumber, start).every((line) => !endsSentence(line.text));
  // Below a 文号 (and no title under it), the addressee comes first; a colon further down ends a sentence of the body.
  const addresseeFound =
    colonIndex !== -1 &&
    !(numberIndex !== -1 && start > afterNumber && !titleBelow) &&
    // Without a 文号, only title lines may stand above the addressee: a colon after a sentence is the body's.
    !(numberIndex === -1 && visible.slice(0, start).some((line) => endsSentence(line.text)));
  const addressee = addresseeFound ? joinedLine(visible.slice(start, colonIndex + 1)) : null;
  const titleStart = titleBelow ? afterNumber : 0;
  const titleEnd = titleBelow ? start : numberIndex !== -1 ? numberIndex : addressee ? start : -1;
  if (titleEnd <= 0) return headWithoutNumberOrAddressee(visible, journal);
  const titleLines = visible.slice(titleStart, titleEnd);
  return {
    titleLines,
    title: withoutWhitespace(titleLines.map((line) => line.text).join('')),
    banner: titleBelow ? visible.slice(0, numberIndex) : [],
    docNumber,
    addressee,
    last: addressee ? visible[colonIndex]! : visible[numberIndex]!,
  };
}

/**
 * A document with neither a 文号 nor an addressee line (a notice printed without them): its title
 * is the lines above the first sentence. Built with a warning that says so; null when not even a
 * title stands above the text.
 */
function headWithoutNumberOrAddressee(visible: SourceLine[], journal: Journal): DocumentHead | null {
  const firstSentence = visible.findIndex((line) => endsSentence(line.text));
  const titleEnd = Math.min(firstSentence === -1 ? visible.length : firstSentence, 6);
  if (titleEnd <= 0 || titleEnd >= visible.length) return null;
  const titleLines = visible.slice(0, titleEnd);
  const title = withoutWhitespace(titleLines.map((line) => line.text).join(''));
  journal.warnings.push({
    line: visible[0]!.no,
    code: 'uncertain-structure',
    message: `文件“${title}”没有文号行，也没有以冒号结尾的主送机关行；已把正文第一句之前的 ${titleEnd} 行当作标题。请对照 PDF 核对标题是否正确。`,
  });
  return { titleLines, title, banner: [], docNumber: null, addressee: null, last: titleLines[titleLines.length - 1]! };
}
