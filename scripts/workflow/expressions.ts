/**
 * GitHub Actions expressions (`${{ … }}` and `if:`) evaluated by GitHub's own implementation,
 * @actions/expressions, over the contexts the local runner knows.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';

/** The contexts an expression may read: github, env, vars, steps… as plain JSON. */
export type Contexts = Record<string, unknown>;

function evaluate(expression: string, contexts: Contexts): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(lexed.tokens, Object.keys(contexts), []).parse();
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return new Evaluator(parsed, context).evaluate();
}

/** An `if:` condition (with or without `${{ }}`); a status function such as always() is refused, as the runner stops at the first failure. */
export function condition(expression: string, contexts: Contexts): boolean {
  const inner = expression.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  if (/\b(?:always|failure|cancelled|success)\s*\(/.test(inner))
    throw new Error(`if: ${expression}: status functions are not supported by the local runner`);
  return evaluate(`!!(${inner})`, contexts).coerceString() === 'true';
}

/** A value with `${{ … }}` parts replaced by their values as strings. */
export function interpolate(text: string, contexts: Contexts): string {
  return text.replace(/\$\{\{([^}]*)\}\}/g, (_, expression: string) => evaluate(expression, contexts).coerceString());
}
