/**
 * Vitest setup for a rule mutant: breaks the rule named by MUTANT_RULE before the tests import
 * the converter (the rule lists are shared module objects, so every test of the run sees it broken).
 */
import { breakRule } from './rules.ts';

const name = process.env['MUTANT_RULE'];
if (name) breakRule(name);
