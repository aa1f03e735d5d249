/**
 * `npm run check` as staff run it: every error as file:line:column with a hint, the conversion
 * warnings too, and an exit status that fails on errors only.
 */
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFolder, issueText, removeContentFolders } from './support/issue-files.ts';

afterAll(removeContentFolders);

function check(contentDir: string, env: Record<string, string> = {}) {
  const result = spawnSync('node', ['scripts/check.ts'], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env, GAZETTE_CONTENT_DIR: contentDir },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('npm run check', () => {
  it('passes the real content folder, printing each issue’s summary and warnings', () => {
    const { status, output } = check(join(process.cwd(), 'content'));
    expect(status).toBe(0);
    expect(output).toContain('2021年第4期（content/2021-4.txt）：10 篇文件，');
    expect(output).toContain(
      '  content/2021-4.txt:357: 提醒：中文句中出现英文单词“and”（查 and 问），可能是提取错误；原文保留，请核对 PDF。',
    );
    expect(output).toMatch(/检查通过：5 期公报、56 篇文件可以发布。\d+ 条提醒不影响发布，但请对照 PDF 核对。\n$/);
  });

  it('fails on an error and prints it with its path, line, column and hint', () => {
    const dir = contentFolder({ '2021-4.txt': issueText(2021, 4).replace('2021年1-12月', '2021年1-9月') });
    const { status, output } = check(dir);
    expect(status).toBe(1);
    expect(output).toContain(
      `${join(dir, '2021-4.txt')}:33:1: 错误：统计数据的期间是 2021年1-9月，但 2021年第4期 应为 2021年1-12月。\n  提示：第N期公报刊登1至3N月的数据。`,
    );
    expect(output).toContain(
      '检查未通过：1 个错误。有错误时网站不会构建和发布；请按“提示”改正后重新运行 npm run check。',
    );
  });

  it('a warning from the conversion journal is printed but does not fail the check', () => {
    // A signing date that differs from the 印发 date is worth a second look, not an error.
    const dir = contentFolder({
      '2021-4.txt': issueText(2021, 4).replace('（2021年12月2日印发）', '（2021年12月3日印发）'),
    });
    const { status, output } = check(dir);
    expect(status).toBe(0);
    expect(output).toContain(
      `  ${join(dir, '2021-4.txt')}:15: 提醒：成文日期 2021年12月2日 与印发日期 2021年12月3日 不同，请核对。`,
    );
    expect(output).toContain('检查通过：1 期公报、3 篇文件可以发布。1 条提醒不影响发布，但请对照 PDF 核对。');
  });

  it('in GitHub Actions, also prints each error and warning as an annotation on the file', () => {
    const dir = contentFolder({
      '2021-4.txt': issueText(2021, 4).replace('（2021年12月12日印发）', '（2021年2月30日印发）'),
    });
    const { status, output } = check(dir, { GITHUB_ACTIONS: 'true' });
    expect(status).toBe(1);
    const file = join(dir, '2021-4.txt').replace(/:/g, '%3A').replace(/,/g, '%2C');
    expect(output).toContain(
      `::error file=${file},line=31,col=2,title=公报检查::印发日期“2021年2月30日”不存在：2021年2月只有28天，没有30日。%0A提示：请对照 PDF 核对这一行的日期`,
    );
  });

  it('on a pull request, annotates every error and the warnings of the issue files it changes, which GitHub shows on their lines', () => {
    const issuedADayLater = (year: number) =>
      issueText(year, 4).replace(`（${year}年12月2日印发）`, `（${year}年12月3日印发）`);
    const dir = contentFolder({
      '2021-1.txt': issueText(2021, 1).replace('（2021年3月12日印发）', '（2021年2月30日印发）'),
      '2021-4.txt': issuedADayLater(2021),
      '2022-4.txt': issuedADayLater(2022),
    });
    const [broken, changed, unchanged] = ['2021-1.txt', '2021-4.txt', '2022-4.txt'].map((name) => join(dir, name));
    const { status, output } = check(dir, { GITHUB_ACTIONS: 'true', GAZETTE_ANNOTATE_FILES: `${changed}\n` });
    expect(status).toBe(1);
    const property = (path: string) => path.replace(/:/g, '%3A').replace(/,/g, '%2C');
    expect(output.split('\n').filter((line) => line.startsWith('::'))).toEqual([
      `::warning file=${property(changed!)},line=15,title=公报检查::成文日期 2021年12月2日 与印发日期 2021年12月3日 不同，请核对。`,
      `::error file=${property(broken!)},line=31,col=2,title=公报检查::印发日期“2021年2月30日”不存在：2021年2月只有28天，没有30日。%0A提示：请对照 PDF 核对这一行的日期，多半是提取或录入时数字错了；改正后运行 npm run check 再检查。`,
    ]);
    // The unchanged issue's warning is still in the log, as a line without an annotation.
    expect(output).toContain(`  ${unchanged}:15: 提醒：成文日期 2022年12月2日 与印发日期 2022年12月3日 不同，请核对。`);
  });

  it('a link that leads nowhere is reported in Chinese with the other errors, without a stack trace', () => {
    const dir = contentFolder({
      '2021-4.txt': issueText(2021, 4).replace('（2021年12月12日印发）', '（2021年2月30日印发）'),
    });
    symlinkSync(join(dir, 'missing.txt'), join(dir, '2021-3.txt'));
    const { status, output } = check(dir);
    expect(status).toBe(1);
    expect(output).toContain(`${join(dir, '2021-3.txt')}:1:1: 错误：“2021-3.txt”是一个链接（快捷方式）`);
    expect(output).toContain(`${join(dir, '2021-4.txt')}:31:2: 错误：印发日期“2021年2月30日”不存在`);
    expect(output).toContain('检查未通过：2 个错误。');
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('a failure of the program itself is said in Chinese, without a stack trace', () => {
    const dir = contentFolder({ '2021-4.txt': issueText(2021, 4) });
    // The generated content cannot be written below a file.
    const result = spawnSync('node', ['scripts/build-content.ts'], {
      encoding: 'utf8',
      env: { ...process.env, GAZETTE_CONTENT_DIR: dir, GAZETTE_BUILD_DIR: join(dir, '2021-4.txt') },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^程序出错：.*ENOTDIR.*\n {2}提示：这不是公报文件的问题。请把这段输出发给开发人员/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
