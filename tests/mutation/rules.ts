/**
 * The structural rules a mutant may break: every rule of the wrap, role, join and block lists
 * except the last of a list, which decides whatever the others left (breaking it only makes the
 * converter throw, which every test notices).
 */
import { BLOCK_RULES } from '../../src/converter/structure/blocks.ts';
import { JOIN_RULES } from '../../src/converter/structure/joins.ts';
import { ROLE_RULES } from '../../src/converter/structure/roles.ts';
import { WRAP_RULES } from '../../src/converter/structure/wrap.ts';

/** A rule object whose behaviour a mutant can switch off in place. */
type Breakable = { name: string; decide?: unknown; mark?: unknown };

const withFallback = (rules: readonly Breakable[]) => rules.slice(0, -1);

export const BREAKABLE_RULES: readonly Breakable[] = [
  ...withFallback(WRAP_RULES),
  ...ROLE_RULES,
  ...withFallback(JOIN_RULES),
  ...withFallback(BLOCK_RULES),
];

/** Makes the named rule never fire: a decision rule has no verdict, a role rule marks nothing. */
export function breakRule(name: string): void {
  const rule = BREAKABLE_RULES.find((candidate) => candidate.name === name);
  if (!rule) throw new Error(`No breakable rule named ${name}.`);
  if (rule.mark) rule.mark = () => undefined;
  else rule.decide = () => null;
}
