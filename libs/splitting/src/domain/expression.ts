/**
 * The formula language of component rules: numbers, variables, + − × ÷ %, comparisons, && || !,
 * parentheses and the functions min, max, round, ceil, floor, abs and if(cond, then, else).
 * Parsed into a tree once and evaluated by walking it: there is no eval, no Function, no property
 * access, so a formula can only compute a number from the variables it is given.
 */
export type Expression =
  | { kind: 'number'; value: number }
  | { kind: 'variable'; name: string; at: number }
  | { kind: 'unary'; op: '-' | '!'; operand: Expression }
  | { kind: 'binary'; op: BinaryOp; left: Expression; right: Expression; at: number }
  | { kind: 'call'; fn: FunctionName; args: Expression[]; at: number };

type BinaryOp = '+' | '-' | '*' | '/' | '%' | '<' | '<=' | '>' | '>=' | '==' | '!=' | '&&' | '||';

const FUNCTIONS = {
  min: [1, Infinity],
  max: [1, Infinity],
  round: [1, 2],
  ceil: [1, 1],
  floor: [1, 1],
  abs: [1, 1],
  if: [3, 3],
} as const;
type FunctionName = keyof typeof FUNCTIONS;

/** A formula that does not parse or cannot be evaluated: where (0-based character) and why. */
export class ExpressionError extends Error {
  constructor(
    readonly position: number,
    readonly reason: string,
  ) {
    super(`${reason} (at character ${position + 1})`);
    this.name = 'ExpressionError';
  }
}

const MAX_LENGTH = 500;

interface Token {
  type: 'number' | 'name' | 'op' | 'end';
  text: string;
  at: number;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const twoChar = ['<=', '>=', '==', '!=', '&&', '||'];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const number = /^(\d+(\.\d*)?|\.\d+)/.exec(source.slice(i));
    if (number) {
      tokens.push({ type: 'number', text: number[0], at: i });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*/.exec(source.slice(i));
    if (name) {
      tokens.push({ type: 'name', text: name[0], at: i });
      i += name[0].length;
      continue;
    }
    const pair = source.slice(i, i + 2);
    if (twoChar.includes(pair)) {
      tokens.push({ type: 'op', text: pair, at: i });
      i += 2;
      continue;
    }
    if ('+-*/%<>!(),'.includes(c)) {
      tokens.push({ type: 'op', text: c, at: i });
      i += 1;
      continue;
    }
    throw new ExpressionError(i, `unexpected character "${c}" / 无法识别的字符`);
  }
  tokens.push({ type: 'end', text: '', at: source.length });
  return tokens;
}

const PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

/** Parses a formula (Pratt parser); throws ExpressionError with the position of the first problem. */
export function parseExpression(source: string): Expression {
  if (source.length > MAX_LENGTH)
    throw new ExpressionError(MAX_LENGTH, `formula longer than ${MAX_LENGTH} characters / 公式过长`);
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const expect = (text: string) => {
    const token = next();
    if (token.text !== text) throw new ExpressionError(token.at, `expected "${text}" / 缺少 "${text}"`);
  };

  const primary = (depth: number): Expression => {
    if (depth > 50) throw new ExpressionError(peek().at, 'formula nested too deeply / 公式嵌套过深');
    const token = next();
    if (token.type === 'number') {
      const value = Number(token.text);
      if (!Number.isFinite(value)) throw new ExpressionError(token.at, 'number too large / 数值过大');
      return { kind: 'number', value };
    }
    if (token.type === 'name') {
      if (peek().text !== '(') return { kind: 'variable', name: token.text, at: token.at };
      const fn = token.text.toLowerCase();
      if (!Object.hasOwn(FUNCTIONS, fn))
        throw new ExpressionError(token.at, `unknown function "${token.text}" / 未知函数`);
      next();
      const args: Expression[] = [];
      if (peek().text !== ')') {
        for (;;) {
          args.push(binary(0, depth + 1));
          if (peek().text !== ',') break;
          next();
        }
      }
      expect(')');
      const [least, most] = FUNCTIONS[fn as FunctionName];
      if (args.length < least || args.length > most) {
        throw new ExpressionError(
          token.at,
          `${fn}() takes ${least === most ? least : `${least}–${most}`} arguments / 参数个数不对`,
        );
      }
      return { kind: 'call', fn: fn as FunctionName, args, at: token.at };
    }
    if (token.text === '(') {
      const inner = binary(0, depth + 1);
      expect(')');
      return inner;
    }
    if (token.text === '-' || token.text === '!') return { kind: 'unary', op: token.text, operand: primary(depth + 1) };
    if (token.text === '+') return primary(depth + 1);
    throw new ExpressionError(
      token.at,
      token.type === 'end'
        ? 'formula ends too early / 公式不完整'
        : `unexpected "${token.text}" / 意外的 "${token.text}"`,
    );
  };

  const binary = (minPrecedence: number, depth: number): Expression => {
    let left = primary(depth);
    for (;;) {
      const op = peek();
      const precedence = op.type === 'op' ? PRECEDENCE[op.text] : undefined;
      if (precedence === undefined || precedence < minPrecedence) break;
      next();
      const right = binary(precedence + 1, depth + 1);
      left = { kind: 'binary', op: op.text as BinaryOp, left, right, at: op.at };
    }
    return left;
  };

  const tree = binary(0, 0);
  const rest = peek();
  if (rest.type !== 'end') throw new ExpressionError(rest.at, `unexpected "${rest.text}" / 意外的 "${rest.text}"`);
  return tree;
}

/** The variables a formula reads, each with its first position. */
export function variablesOf(expression: Expression, into = new Map<string, number>()): Map<string, number> {
  switch (expression.kind) {
    case 'variable':
      if (!into.has(expression.name)) into.set(expression.name, expression.at);
      break;
    case 'unary':
      variablesOf(expression.operand, into);
      break;
    case 'binary':
      variablesOf(expression.left, into);
      variablesOf(expression.right, into);
      break;
    case 'call':
      expression.args.forEach((a) => variablesOf(a, into));
      break;
    case 'number':
      break;
  }
  return into;
}

/** Evaluates a parsed formula; booleans are 1 and 0. A missing variable or a non-finite result throws. */
export function evaluate(expression: Expression, variables: Readonly<Record<string, number>>): number {
  const value = evaluateNode(expression, variables);
  if (!Number.isFinite(value))
    throw new ExpressionError(0, 'result is not a finite number (division by zero?) / 结果不是有限数');
  return value;
}

function evaluateNode(e: Expression, vars: Readonly<Record<string, number>>): number {
  switch (e.kind) {
    case 'number':
      return e.value;
    case 'variable': {
      const value = Object.prototype.hasOwnProperty.call(vars, e.name) ? vars[e.name] : undefined;
      if (value === undefined) throw new ExpressionError(e.at, `unknown variable "${e.name}" / 未知变量`);
      return value;
    }
    case 'unary': {
      const v = evaluateNode(e.operand, vars);
      return e.op === '-' ? -v : v === 0 ? 1 : 0;
    }
    case 'binary':
      return binaryValue(e, vars);
    case 'call':
      return callValue(e.fn, e.args, vars);
  }
}

function binaryValue(e: Extract<Expression, { kind: 'binary' }>, vars: Readonly<Record<string, number>>): number {
  const { op, left, right } = e;
  const a = evaluateNode(left, vars);
  // && and || short-circuit, so if-like guards such as `W > 0 && 1000 / W > 2` are safe
  if (op === '&&') return a !== 0 && evaluateNode(right, vars) !== 0 ? 1 : 0;
  if (op === '||') return a !== 0 || evaluateNode(right, vars) !== 0 ? 1 : 0;
  const b = evaluateNode(right, vars);
  // a zero divisor would turn a condition silently true or false (NaN, ∞): it is an error where it happens
  if ((op === '/' || op === '%') && b === 0) throw new ExpressionError(e.at, 'division by zero / 除数为零');
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '<':
      return a < b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '>=':
      return a >= b ? 1 : 0;
    case '==':
      return Math.abs(a - b) < 1e-9 ? 1 : 0;
    case '!=':
      return Math.abs(a - b) < 1e-9 ? 0 : 1;
  }
}

function callValue(fn: FunctionName, args: Expression[], vars: Readonly<Record<string, number>>): number {
  if (fn === 'if') return evaluateNode(args[0], vars) !== 0 ? evaluateNode(args[1], vars) : evaluateNode(args[2], vars);
  const values = args.map((a) => evaluateNode(a, vars));
  switch (fn) {
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
    case 'round': {
      const digits = values[1] ?? 0;
      const factor = 10 ** Math.max(0, Math.min(6, Math.trunc(digits)));
      return Math.round(values[0] * factor) / factor;
    }
    case 'ceil':
      return Math.ceil(values[0] - 1e-9);
    case 'floor':
      return Math.floor(values[0] + 1e-9);
    case 'abs':
      return Math.abs(values[0]);
  }
}
