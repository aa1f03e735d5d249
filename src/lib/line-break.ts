/**
 * Breaks Chinese text into lines of at most a given display width, as printed Chinese is broken:
 * anywhere between characters, except that no line starts with closing punctuation and none ends
 * with opening punctuation (src/vocabulary/text.ts), and a run of Latin letters or digits
 * (`2021`, `PDF`) stays whole. Widths are display cells (a Chinese character is two), from the
 * vocabulary's get-east-asian-width helper, so the breaking is independent of any font.
 */
import { displayWidth, NO_LINE_END, NO_LINE_START } from '../vocabulary/text.ts';

/** The text as unbreakable pieces: single characters, or whole runs of ASCII letters and digits. */
function pieces(text: string): string[] {
  return text.match(/[A-Za-z0-9.]+|[\s\S]/gu) ?? [];
}

/**
 * Lines of at most `maxCells` cells each. A piece wider than a line on its own is broken by
 * characters; otherwise a break that would start a line with closing punctuation (or end one with
 * opening punctuation) moves back until the rule holds, carrying the character before it along.
 */
export function breakLines(text: string, maxCells: number): string[] {
  if (maxCells < 4) throw new Error(`breakLines: a line of ${maxCells} cells cannot hold the rules`);
  const units = pieces(text.trim()).flatMap((piece) => (displayWidth(piece) > maxCells ? [...piece] : [piece]));
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  for (const unit of units) {
    const unitWidth = displayWidth(unit);
    if (width + unitWidth <= maxCells || line.length === 0) {
      line.push(unit);
      width += unitWidth;
      continue;
    }
    // The unit does not fit: move units from the end of the line to the next until the new line
    // does not start with closing punctuation and the old one does not end with opening punctuation.
    const carried: string[] = [unit];
    while (line.length > 1 && (NO_LINE_START.includes(carried[0]![0]!) || NO_LINE_END.includes(line.at(-1)!.at(-1)!)))
      carried.unshift(line.pop()!);
    lines.push(line);
    line = carried;
    width = displayWidth(line.join(''));
  }
  if (line.length > 0) lines.push(line);
  return lines.map((parts) => parts.join(''));
}
