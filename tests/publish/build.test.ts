/**
 * The build as a whole, run for real on temporary content folders (several builds at once, each
 * into its own folder): a broken issue or an interruption stops it without leaving a site
 * behind, the same commit always gives the same bytes, and publishing a new issue moves no
 * existing URL.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFolder, buildSite, listFiles, readText, removeBuildFolders, type BuildResult } from './support/build.ts';
import { contentFolder, issueText, removeContentFolders } from './support/issue-files.ts';
import { atLeast } from '../support/at-least.ts';
import { ARCHIVE_SIZE } from '../support/site.ts';

const real = (...issues: string[]) =>
  Object.fromEntries(issues.map((issue) => [`${issue}.txt`, readFileSync(join('content', `${issue}.txt`))]));

interface OpenDataDocument {
  id: string;
  url: string;
  title: string;
}

let interrupted: BuildResult;
let broken: BuildResult;
let first: BuildResult;
let second: BuildResult;
let threeIssues: BuildResult;

beforeAll(async () => {
  // The broken build's folder already holds a site from an earlier, good build.
  const brokenBuildDir = buildFolder();
  mkdirSync(join(brokenBuildDir, 'dist'));
  writeFileSync(join(brokenBuildDir, 'dist', 'index.html'), '<!doctype html><title>上一次构建</title>');
  const brokenContent = contentFolder({
    '2021-3.txt': issueText(2021, 3),
    '2021-4.txt': issueText(2021, 4).replace('（2021年12月12日印发）', '（2021年2月30日印发）'),
  });
  [broken, interrupted, first, second, threeIssues] = await Promise.all([
    buildSite(brokenContent, brokenBuildDir),
    buildSite(contentFolder(real('2021-4')), buildFolder(), true),
    buildSite(contentFolder(real('2020-3', '2021-4', '2022-2', '2022-4'))),
    buildSite(contentFolder(real('2020-3', '2021-4', '2022-2', '2022-4'))),
    // 2022-2 is left out here and added in the four-issue builds: a new issue in the middle.
    buildSite(contentFolder(real('2020-3', '2021-4', '2022-4'))),
  ]);
}, 180_000);

afterAll(() => {
  removeBuildFolders();
  removeContentFolders();
});

describe('a broken issue or an interruption fails the build closed', () => {
  it('stops the build with an error naming the file, line and problem', () => {
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(
      '2021-4.txt:31:2: 错误：印发日期“2021年2月30日”不存在：2021年2月只有28天，没有30日。',
    );
    expect(broken.stderr).toContain('检查未通过：1 个错误。');
    expect(broken.stderr).toContain('构建失败：');
  });

  it('leaves no dist/ behind, not even the previous site', () => {
    expect(existsSync(broken.dist)).toBe(false);
  });

  it('an interrupted build (Ctrl+C, a cancelled CI job) removes the half-written dist/', () => {
    expect(interrupted.status).toBe(1);
    expect(interrupted.stderr).toContain('构建失败：构建被中断，已删除 dist/，没有留下不完整的网站。');
    expect(existsSync(interrupted.dist)).toBe(false);
  });
});

describe('a build is made for its public address', () => {
  it('without SITE_URL, and without asking for a local preview, refuses to start and says how to give it', () => {
    const buildDir = buildFolder();
    const { SITE_URL: _unset, ...env } = process.env;
    const result = spawnSync('node', ['scripts/build.ts'], {
      env: { ...env, GAZETTE_CONTENT_DIR: contentFolder(real('2021-4')), GAZETTE_BUILD_DIR: buildDir },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('构建没有开始：没有设置网站的公开地址 SITE_URL');
    expect(result.stderr).toContain('SITE_URL=https://正式网址/ npm run build');
    expect(result.stderr).toContain('npm run build:local');
    expect(existsSync(join(buildDir, 'dist'))).toBe(false);
  });
});

describe('builds are deterministic', () => {
  it('two builds of the same content give byte-identical dist/ folders', () => {
    expect([first.status, second.status]).toEqual([0, 0]);
    const files = atLeast(ARCHIVE_SIZE.documents, listFiles(first.dist), 'files in the built site');
    expect(listFiles(second.dist)).toEqual(files);
    const differing = files.filter(
      (path) => !readFileSync(join(first.dist, path)).equals(readFileSync(join(second.dist, path))),
    );
    expect(differing).toEqual([]);
  });
});

describe('adding an issue changes no existing URL', () => {
  it('every page, data file and report of the three-issue build still exists with four issues', () => {
    expect(threeIssues.status).toBe(0);
    const after = new Set(listFiles(first.dist));
    // Pagefind's index files are named by their content's hash; they are not URLs anyone links to.
    const before = atLeast(
      42,
      listFiles(threeIssues.dist).filter((path) => !path.startsWith('pagefind/')),
      'files of the three-issue build, one page per document at least',
    );
    expect(before.filter((path) => !after.has(path))).toEqual([]);
  });

  it('every document keeps its id, URL, title and text', () => {
    const documents = (dist: string) => JSON.parse(readText(dist, 'data/documents.json')) as OpenDataDocument[];
    const before = documents(threeIssues.dist);
    const after = new Map(documents(first.dist).map((document) => [document.id, document]));
    expect(before.length).toBe(42);
    const article = (html: string) => /<article[\s\S]*<\/article>/.exec(html)?.[0];
    const title = (html: string) => /<title>(.*?)<\/title>/.exec(html)?.[1];
    for (const document of before) {
      expect(after.get(document.id)).toEqual(document);
      const page = `${document.url.slice(1)}index.html`;
      const [old, now] = [readText(threeIssues.dist, page), readText(first.dist, page)];
      expect(title(now)).toBe(title(old));
      expect(article(now)).toBe(article(old));
    }
  });
});
