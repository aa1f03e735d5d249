/**
 * Every structural rule by name, with why it decides as it does: the wrap, role, join and block
 * rules in the order they run, and the three decisions that are not rules of a list. `npm run check
 * -- --explain` and docs/converter.md read them from here.
 */
import { BLOCK_RULES } from './blocks.ts';
import { JOIN_RULES } from './joins.ts';
import { ROLE_RULES } from './roles.ts';
import { WRAP_RULES } from './wrap.ts';

export interface RuleDescription {
  name: string;
  why: string;
}

export const MEASURE_RULES: readonly RuleDescription[] = [
  {
    name: 'layout/measured',
    why: 'The body’s layout: the column’s width in display cells where the extraction kept the printed lines, the common margin, whether paragraph indents were kept, whether blank lines mean anything.',
  },
  {
    name: 'lead/parallel-sentences',
    why: 'Un-numbered paragraphs that open one after another (at least three) with a short sentence without commas show those sentences as bold leads, as numbered run-in paragraphs do.',
  },
  {
    name: 'level/from-numbering',
    why: 'A heading’s level is its container’s plus one for each open heading of a higher rank of numbering (一、 > （一） > 1. > （1） > ①), so no level is skipped.',
  },
];

/** All rules, in the order the structure stage applies them. */
export const ALL_RULES: readonly RuleDescription[] = [
  MEASURE_RULES[0]!,
  ...WRAP_RULES,
  ...ROLE_RULES,
  ...JOIN_RULES,
  ...BLOCK_RULES,
  MEASURE_RULES[1]!,
  MEASURE_RULES[2]!,
].map(({ name, why }) => ({ name, why }));

export function describeRule(name: string): string | null {
  return ALL_RULES.find((rule) => rule.name === name)?.why ?? null;
}
