/**
 * The formula language of component rules: numbers, text in quotes ('子母' or "left"), variables, + − × ÷ %,
 * comparisons, && || !, parentheses and the functions min, max, round, ceil, floor, abs and if(cond, then, else).
 * Text is what enum, text and handing inputs hold: it can be compared with == and != and chosen by if(), nothing
 * else (checkTypes says so before a model is saved).
 * Parsed into a tree once and evaluated by walking it: there is no eval, no Function, no property
 * access, so a formula can only compute a number from the variables it is given.
 */
export type Expression =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string; at: number }
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

/** What a variable holds: a number (booleans are 1 and 0) or text. */
export type Value = number | string;

interface Token {
  type: 'number' | 'text' | 'name' | 'op' | 'end';
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
    if (c === '"' || c === "'") {
      const close = source.indexOf(c, i + 1);
      if (close < 0) throw new ExpressionError(i, `text not closed with ${c} / 引号未闭合`);
      tokens.push({ type: 'text', text: source.slice(i + 1, close), at: i });
      i = close + 1;
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

const BOOLEAN_WORDS = new Map([
  ['true', 1],
  ['false', 0],
]);

const isOp = (token: Token, text: string) => token.type === 'op' && token.text === text;

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
    if (token.type !== 'op' || token.text !== text)
      throw new ExpressionError(token.at, `expected "${text}" / 缺少 "${text}"`);
  };

  const primary = (depth: number): Expression => {
    if (depth > 50) throw new ExpressionError(peek().at, 'formula nested too deeply / 公式嵌套过深');
    const token = next();
    if (token.type === 'number') {
      const value = Number(token.text);
      if (!Number.isFinite(value)) throw new ExpressionError(token.at, 'number too large / 数值过大');
      return { kind: 'number', value };
    }
    if (token.type === 'text') return { kind: 'text', value: token.text, at: token.at };
    if (token.type === 'name') {
      // a yes/no input holds 1 or 0: `transom == true` reads as a planner means it
      if (BOOLEAN_WORDS.has(token.text) && !isOp(peek(), '('))
        return { kind: 'number', value: BOOLEAN_WORDS.get(token.text)! };
      if (!isOp(peek(), '(')) return { kind: 'variable', name: token.text, at: token.at };
      const fn = token.text.toLowerCase();
      if (!Object.hasOwn(FUNCTIONS, fn))
        throw new ExpressionError(token.at, `unknown function "${token.text}" / 未知函数`);
      next();
      const args: Expression[] = [];
      if (!isOp(peek(), ')')) {
        for (;;) {
          args.push(binary(0, depth + 1));
          if (!isOp(peek(), ',')) break;
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
    if (isOp(token, '(')) {
      const inner = binary(0, depth + 1);
      expect(')');
      return inner;
    }
    if (token.type === 'op' && (token.text === '-' || token.text === '!'))
      return { kind: 'unary', op: token.text, operand: primary(depth + 1) };
    if (isOp(token, '+')) return primary(depth + 1);
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
    case 'text':
      break;
  }
  return into;
}

/** Evaluates a parsed formula to a number; booleans are 1 and 0. A missing variable, text or a non-finite result throws. */
export function evaluate(expression: Expression, variables: Readonly<Record<string, Value>>): number {
  const value = evaluateValue(expression, variables);
  if (typeof value !== 'number') throw new ExpressionError(0, `result is text "${value}", not a number / 结果不是数字`);
  return value;
}

/** Evaluates a parsed formula to a number or text. */
export function evaluateValue(expression: Expression, variables: Readonly<Record<string, Value>>): Value {
  const value = evaluateNode(expression, variables);
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new ExpressionError(0, 'result is not a finite number (division by zero?) / 结果不是有限数');
  return value;
}

type Vars = Readonly<Record<string, Value>>;

function numberAt(value: Value, at: number): number {
  if (typeof value !== 'number') throw new ExpressionError(at, `"${value}" is text, not a number / 文本不能参与计算`);
  return value;
}

function evaluateNode(e: Expression, vars: Vars): Value {
  switch (e.kind) {
    case 'number':
    case 'text':
      return e.value;
    case 'variable': {
      const value = Object.prototype.hasOwnProperty.call(vars, e.name) ? vars[e.name] : undefined;
      if (value === undefined) throw new ExpressionError(e.at, `unknown variable "${e.name}" / 未知变量`);
      return value;
    }
    case 'unary': {
      const v = numberAt(evaluateNode(e.operand, vars), 0);
      return e.op === '-' ? -v : v === 0 ? 1 : 0;
    }
    case 'binary':
      return binaryValue(e, vars);
    case 'call':
      return callValue(e, vars);
  }
}

function binaryValue(e: Extract<Expression, { kind: 'binary' }>, vars: Vars): number {
  const { op, left, right } = e;
  const first = evaluateNode(left, vars);
  // && and || short-circuit, so if-like guards such as `W > 0 && 1000 / W > 2` are safe
  if (op === '&&') return numberAt(first, e.at) !== 0 && numberAt(evaluateNode(right, vars), e.at) !== 0 ? 1 : 0;
  if (op === '||') return numberAt(first, e.at) !== 0 || numberAt(evaluateNode(right, vars), e.at) !== 0 ? 1 : 0;
  const second = evaluateNode(right, vars);
  if (op === '==' || op === '!=') {
    const equal =
      typeof first === 'number' && typeof second === 'number' ? Math.abs(first - second) < 1e-9 : first === second;
    return equal === (op === '==') ? 1 : 0;
  }
  const a = numberAt(first, e.at);
  const b = numberAt(second, e.at);
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
  }
}

function callValue(e: Extract<Expression, { kind: 'call' }>, vars: Vars): Value {
  const { fn, args, at } = e;
  if (fn === 'if')
    return numberAt(evaluateNode(args[0], vars), at) !== 0 ? evaluateNode(args[1], vars) : evaluateNode(args[2], vars);
  const values = args.map((a) => numberAt(evaluateNode(a, vars), at));
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

/**
 * What a variable holds, for checking a formula before it runs: a number, or text; text that can only be one of
 * `values` (an enum input, a handing side, a door type) lets a comparison with a value it cannot hold be refused.
 */
export type ValueType = { kind: 'number' } | { kind: 'text'; values?: readonly string[]; source?: string };

/** A type problem of a formula: the 0-based character and why. */
export interface TypeProblem {
  position: number;
  message: string;
}

/**
 * The type of a formula under the variables' types, with every problem: arithmetic or ordering on text, text
 * compared with a number, a comparison with a value an enum does not declare, an if() whose branches differ.
 * Unknown variables are the caller's to report (variablesOf); here they count as numbers.
 */
export function checkTypes(
  expression: Expression,
  types: ReadonlyMap<string, ValueType>,
): { type: ValueType; problems: TypeProblem[] } {
  const problems: TypeProblem[] = [];
  const NUMBER: ValueType = { kind: 'number' };
  const atOf = (e: Expression): number => ('at' in e ? e.at : e.kind === 'unary' ? atOf(e.operand) : 0);
  const needNumber = (e: Expression, type: ValueType) => {
    if (type.kind === 'text')
      problems.push({
        position: atOf(e),
        message: 'text cannot be calculated with; compare it with == or != / 文本只能用 == 或 != 比较',
      });
  };
  const visit = (e: Expression): ValueType => {
    switch (e.kind) {
      case 'number':
        return NUMBER;
      case 'text':
        return { kind: 'text', values: [e.value] };
      case 'variable':
        return types.get(e.name) ?? NUMBER;
      case 'unary':
        needNumber(e.operand, visit(e.operand));
        return NUMBER;
      case 'binary': {
        const left = visit(e.left);
        const right = visit(e.right);
        if (e.op === '==' || e.op === '!=') {
          if (left.kind !== right.kind) {
            problems.push({ position: e.at, message: 'compares text with a number / 文本与数字不能比较' });
          } else if (left.kind === 'text' && right.kind === 'text') {
            for (const [declared, literal] of [
              [left, e.right],
              [right, e.left],
            ] as const) {
              if (declared.kind !== 'text' || !declared.source || !declared.values || literal.kind !== 'text') continue;
              if (!declared.values.includes(literal.value)) {
                problems.push({
                  position: literal.at,
                  message: `"${literal.value}" is not a value of ${declared.source} (${declared.values.join(', ')}) / 不是 ${declared.source} 的可选值`,
                });
              }
            }
          }
          return NUMBER;
        }
        needNumber(e.left, left);
        needNumber(e.right, right);
        return NUMBER;
      }
      case 'call': {
        const types = e.args.map(visit);
        if (e.fn === 'if') {
          needNumber(e.args[0], types[0]);
          if (types[1].kind !== types[2].kind) {
            problems.push({
              position: e.at,
              message: 'if() gives text in one branch and a number in the other / if() 两个结果类型不同',
            });
            return NUMBER;
          }
          if (types[1].kind === 'text' && types[2].kind === 'text')
            return { kind: 'text', values: [...(types[1].values ?? []), ...(types[2].values ?? [])] };
          return types[1];
        }
        e.args.forEach((arg, index) => needNumber(arg, types[index]));
        return NUMBER;
      }
    }
  };
  return { type: visit(expression), problems };
}
