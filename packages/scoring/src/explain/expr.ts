import type { ExactText } from '../exact/exact-text.js';

/**
 * A formula as a small expression tree, so it renders the same in every language and can be
 * checked by programs: a number (exact text) or an operation on sub-expressions.
 */
export type Expr = ExactText | { op: ExprOp; args: Expr[] };

/** Operations a formula may use. `neg` takes one argument. */
export type ExprOp = 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max' | 'neg';

const SYMBOL: Record<'add' | 'sub' | 'mul' | 'div', string> = {
  add: ' + ',
  sub: ' − ',
  mul: ' × ',
  div: ' ÷ ',
};

const PRECEDENCE: Record<ExprOp, number> = {
  add: 1,
  sub: 1,
  mul: 2,
  div: 2,
  neg: 3,
  min: 4,
  max: 4,
};

/** Renders an expression with the usual symbols and only the parentheses it needs. */
export function renderExpr(expr: Expr): string {
  return render(expr, 0, false);
}

function render(expr: Expr, outer: number, rightOfNonAssociative: boolean): string {
  if (typeof expr === 'string') return expr.startsWith('-') ? `−${expr.slice(1)}` : expr;
  const { op, args } = expr;
  if (op === 'min' || op === 'max')
    return `${op}(${args.map((a) => render(a, 0, false)).join(', ')})`;
  const own = PRECEDENCE[op];
  let text: string;
  if (op === 'neg') {
    const [arg] = args;
    text = arg === undefined ? '' : `−${render(arg, own, true)}`;
  } else {
    text = args
      .map((a, i) => render(a, own, i > 0 && (op === 'sub' || op === 'div')))
      .join(SYMBOL[op]);
  }
  const needs = own < outer || (own === outer && rightOfNonAssociative);
  return needs ? `(${text})` : text;
}
