/**
 * Characters as printed. PDF text layers encode some printed characters by other code points —
 * pdf.js gives Kangxi radicals for common ideographs (⼈⺠ for 人民), U+2015 for the dash — so
 * before anything is recognised, each is read back as the printed character, journaled as a repair.
 * Characters that print nothing (bidirectional controls, zero-width spaces) are removed, each
 * journaled as a repair naming its code point, so a title cannot be shown reversed or a 文号 split.
 */
import { invisibleControl, printedForm } from '../../vocabulary/index.ts';
import type { Journal, SourceLine } from '../types.ts';

export function restorePrintedCharacters(lines: SourceLine[], journal: Journal): SourceLine[] {
  return lines.map((line) => {
    let changed = false;
    const text = [...line.text]
      .map((char) => {
        const invisible = invisibleControl(char);
        if (invisible !== null) {
          journal.repairs.push({ line: line.no, kind: 'invisible-character', before: invisible, after: '' });
          changed = true;
          return '';
        }
        const printed = printedForm(char);
        if (printed === null) return char;
        journal.repairs.push({ line: line.no, kind: 'encoded-character', before: char, after: printed });
        changed = true;
        return printed;
      })
      .join('');
    return changed ? { ...line, text } : line;
  });
}
