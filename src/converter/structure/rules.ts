/**
 * Structural rules, in the style of micromark's constructs: each rule is a named object that
 * recognises one kind of situation and says why it decides as it does; rules of one question
 * (does this line continue the one above? what block does this paragraph become?) are registered
 * in one ordered list, and the first rule with a verdict decides. Every decision is journaled
 * with the rule's name, so that for any line `npm run check -- --explain file:line` can say which
 * rule decided what became of it.
 */
import type { Journal } from '../types.ts';

export interface Rule<Context, Verdict extends string> {
  /** `question/rule`, e.g. `wrap/full-line-continues`. */
  name: string;
  /** What the rule recognises and why it decides as it does, in one or two sentences. */
  why: string;
  decide(context: Context): Verdict | null;
}

/**
 * Runs the rules in order; the first verdict wins and is journaled against `line`. The last rule
 * of every list decides unconditionally, so there is always a verdict.
 */
export function firstVerdict<Context, Verdict extends string>(
  rules: readonly Rule<Context, Verdict>[],
  context: Context,
  line: number,
  journal: Journal,
): Verdict {
  for (const rule of rules) {
    const verdict = rule.decide(context);
    if (verdict !== null) {
      journal.decisions.push({ line, rule: rule.name, outcome: verdict });
      return verdict;
    }
  }
  throw new Error(
    `No rule of ${rules[0]?.name.split('/')[0] ?? '?'} decided line ${line}: the last rule must always decide.`,
  );
}
