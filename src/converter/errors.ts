/**
 * An issue file the converter cannot turn into a correct archive. It always names the file, the
 * line (and column when known) and what staff should do, in Chinese, because staff read it.
 */
export class GazetteInputError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly hint: string;

  constructor(file: string, line: number, message: string, hint: string, column = 1) {
    super(message);
    this.name = 'GazetteInputError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.hint = hint;
  }

  /**
   * `file:line:column: message` followed by the hint, the form editors and CI logs link. `path`
   * replaces the bare file name, e.g. with `content/2021-4.txt` so a terminal can open it.
   */
  format(path = this.file): string {
    return `${path}:${this.line}:${this.column}: 错误：${this.message}\n  提示：${this.hint}`;
  }
}
