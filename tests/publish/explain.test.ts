import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertIssue } from '../../src/converter/index.ts';
import { ALL_RULES } from '../../src/converter/structure/registry.ts';
import { explainLine, explainTarget, parseExplainTarget } from '../../src/publish/explain.ts';

describe('npm run check -- --explain', () => {
  const bytes = readFileSync('content/2021-1.txt');
  const issue = convertIssue('2021-1.txt', bytes);
  const text = new TextDecoder().decode(bytes);

  it('names the rule that joined a heading cut by the column and the repair it made', () => {
    const explanation = explainLine(issue, text, 299);
    expect(explanation).toContain('"得阶段性胜利。坚持“人民至上、生命至"');
    expect(explanation).toContain('第 1 篇“政府工作报告”');
    expect(explanation).toContain('规则 wrap/full-line-continues');
    expect(explanation).toContain('修复（joined-lines）');
  });

  it('names the page number it removed from inside a sentence', () => {
    const explanation = explainLine(issue, text, 3751);
    expect(explanation).toContain('删除（page-number）：" 12 "');
    expect(explanation).toMatch(/提醒：句中的数字“12”/);
  });

  it('reads path and line from the command line, and says how when they are missing', () => {
    expect(parseExplainTarget('content/2021-1.txt:297')).toEqual({ path: 'content/2021-1.txt', line: 297 });
    expect(explainTarget('content/2021-1.txt')).toMatch(/^用法：/);
  });

  it('journals a decision for every line of the body with a rule that has a reason', () => {
    const names = new Set(ALL_RULES.map((rule) => rule.name));
    expect(issue.journal.decisions.length).toBeGreaterThan(3000);
    for (const decision of issue.journal.decisions) expect(names).toContain(decision.rule);
  });
});

describe('docs/converter.md', () => {
  it('describes every structural rule by name', () => {
    const docs = readFileSync('docs/converter.md', 'utf8');
    const missing = ALL_RULES.map((rule) => rule.name).filter((name) => !docs.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
