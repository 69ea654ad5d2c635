import { CuttingInputError, LinearRequest, SheetRequest } from './types';

/** More pieces than this in one request is refused (413): split the run. */
export const MAX_PIECES = 100_000;
export const MAX_TIME_LIMIT_MS = 60_000;

type Problems = { field: string; message: string }[];

/** Options shared by linear and sheet requests (checked by checkOptions). */
const OPTION_KEYS = ['kerf', 'trim', 'minOffcut', 'timeLimitMs', 'seed'];

/**
 * Checks a request exactly as received (JSON from HTTP or the CLI): shape, types, unknown fields,
 * ranges, and whether every piece fits some stock. Throws CuttingInputError listing every problem.
 */
export function checkLinearRequest(input: unknown): LinearRequest {
  const problems: Problems = [];
  const request = objectAt(input, 'body', problems, ['stock', 'items', ...OPTION_KEYS]);
  if (!request) throw new CuttingInputError(problems, 400);
  checkOptions(request, problems);
  const stock = arrayAt(request.stock, 'stock', problems, 1000);
  stock.forEach((s, i) => {
    const at = `stock[${i}]`;
    const entry = objectAt(s, at, problems, ['length', 'quantity', 'cost', 'ref']);
    if (!entry) return;
    positive(entry.length, `${at}.length`, problems);
    optionalCount(entry.quantity, `${at}.quantity`, problems);
    optionalNonNegative(entry.cost, `${at}.cost`, problems);
    optionalText(entry.ref, `${at}.ref`, problems);
  });
  const items = checkItems(request.items, ['id', 'length', 'quantity'], problems, (item, at) => {
    positive(item.length, `${at}.length`, problems);
  });
  throwIf(problems, 400);
  const valid = request as unknown as LinearRequest;
  const trim = valid.trim ?? 0;
  const usable = Math.max(...valid.stock.map((s) => s.length - 2 * trim));
  items.forEach((item, i) => {
    if ((item as { length: number }).length > usable) {
      problems.push({
        field: `items[${i}].length`,
        message: `${String(item.length)} is longer than every stock length after trim (longest usable ${usable}) / 超过所有原料可用长度`,
      });
    }
  });
  throwIf(problems, 422);
  return valid;
}

export function checkSheetRequest(input: unknown): SheetRequest {
  const problems: Problems = [];
  const request = objectAt(input, 'body', problems, ['sheets', 'items', 'maxStages', 'firstCut', ...OPTION_KEYS]);
  if (!request) throw new CuttingInputError(problems, 400);
  checkOptions(request, problems);
  if (
    request.maxStages !== undefined &&
    request.maxStages !== null &&
    request.maxStages !== 2 &&
    request.maxStages !== 3
  ) {
    problems.push({ field: 'maxStages', message: 'must be 2, 3 or null (unlimited)' });
  }
  if (request.firstCut !== undefined && request.firstCut !== 'horizontal' && request.firstCut !== 'vertical') {
    problems.push({ field: 'firstCut', message: "must be 'horizontal' or 'vertical'" });
  }
  const sheets = arrayAt(request.sheets, 'sheets', problems, 1000);
  sheets.forEach((s, i) => {
    const at = `sheets[${i}]`;
    const entry = objectAt(s, at, problems, ['width', 'height', 'quantity', 'cost', 'ref']);
    if (!entry) return;
    positive(entry.width, `${at}.width`, problems);
    positive(entry.height, `${at}.height`, problems);
    optionalCount(entry.quantity, `${at}.quantity`, problems);
    optionalNonNegative(entry.cost, `${at}.cost`, problems);
    optionalText(entry.ref, `${at}.ref`, problems);
  });
  const items = checkItems(request.items, ['id', 'width', 'height', 'quantity', 'rotatable'], problems, (item, at) => {
    positive(item.width, `${at}.width`, problems);
    positive(item.height, `${at}.height`, problems);
    if (item.rotatable !== undefined && typeof item.rotatable !== 'boolean') {
      problems.push({ field: `${at}.rotatable`, message: 'must be true or false' });
    }
  });
  throwIf(problems, 400);
  const valid = request as unknown as SheetRequest;
  const trim = valid.trim ?? 0;
  const usable = valid.sheets.map((s) => ({ w: s.width - 2 * trim, h: s.height - 2 * trim }));
  items.forEach((raw, i) => {
    const item = raw as { width: number; height: number; rotatable?: boolean };
    const fits = usable.some(
      (u) =>
        (item.width <= u.w && item.height <= u.h) ||
        (item.rotatable === true && item.height <= u.w && item.width <= u.h),
    );
    if (!fits) {
      problems.push({
        field: `items[${i}]`,
        message: `${item.width}×${item.height} fits no sheet after trim${item.rotatable ? '' : ' (rotation not allowed)'} / 超过所有板材可用尺寸`,
      });
    }
  });
  throwIf(problems, 422);
  return valid;
}

function checkOptions(request: Record<string, unknown>, problems: Problems): void {
  optionalNonNegative(request.kerf, 'kerf', problems);
  optionalNonNegative(request.trim, 'trim', problems);
  optionalNonNegative(request.minOffcut, 'minOffcut', problems);
  if (
    request.timeLimitMs !== undefined &&
    !(
      Number.isInteger(request.timeLimitMs) &&
      (request.timeLimitMs as number) >= 1 &&
      (request.timeLimitMs as number) <= MAX_TIME_LIMIT_MS
    )
  ) {
    problems.push({ field: 'timeLimitMs', message: `must be an integer from 1 to ${MAX_TIME_LIMIT_MS}` });
  }
  if (request.seed !== undefined && !Number.isSafeInteger(request.seed)) {
    problems.push({ field: 'seed', message: 'must be an integer' });
  }
}

function checkItems(
  value: unknown,
  keys: string[],
  problems: Problems,
  checkSizes: (item: Record<string, unknown>, at: string) => void,
): Record<string, unknown>[] {
  const items = arrayAt(value, 'items', problems, MAX_PIECES);
  const ids = new Map<string, number>();
  let pieces = 0;
  items.forEach((raw, i) => {
    const at = `items[${i}]`;
    const item = objectAt(raw, at, problems, keys);
    if (!item) return;
    if (typeof item.id !== 'string' || item.id.length === 0 || item.id.length > 100) {
      problems.push({ field: `${at}.id`, message: 'must be a non-empty string of at most 100 characters' });
    } else if (ids.has(item.id)) {
      problems.push({ field: `${at}.id`, message: `repeats the id of items[${ids.get(item.id)}]` });
    } else {
      ids.set(item.id, i);
    }
    checkSizes(item, at);
    if (!Number.isInteger(item.quantity) || (item.quantity as number) < 1) {
      problems.push({ field: `${at}.quantity`, message: 'must be an integer ≥ 1' });
    } else {
      pieces += item.quantity as number;
    }
  });
  if (pieces > MAX_PIECES) {
    throw new CuttingInputError(
      [
        {
          field: 'items',
          message: `${pieces} pieces in one request; at most ${MAX_PIECES} / 单次最多 ${MAX_PIECES} 件`,
        },
      ],
      413,
    );
  }
  return items as Record<string, unknown>[];
}

function objectAt(
  value: unknown,
  field: string,
  problems: Problems,
  keys: string[],
): Record<string, unknown> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ field, message: 'must be an object' });
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key))
      problems.push({ field: field === 'body' ? key : `${field}.${key}`, message: 'is not a known field' });
  }
  return value as Record<string, unknown>;
}

function arrayAt(value: unknown, field: string, problems: Problems, max: number): unknown[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({ field, message: 'must be a non-empty array' });
    return [];
  }
  if (value.length > max) {
    throw new CuttingInputError([{ field, message: `at most ${max} entries` }], 413);
  }
  return value;
}

function positive(value: unknown, field: string, problems: Problems): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    problems.push({ field, message: 'must be a number greater than 0' });
  } else if (value > 1e7) {
    problems.push({ field, message: 'must be at most 10,000,000 (mm)' });
  }
}

function optionalNonNegative(value: unknown, field: string, problems: Problems): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1e7) {
    problems.push({ field, message: 'must be a number from 0 to 10,000,000' });
  }
}

function optionalCount(value: unknown, field: string, problems: Problems): void {
  if (value === undefined || value === null) return;
  if (!Number.isInteger(value) || (value as number) < 1) problems.push({ field, message: 'must be an integer ≥ 1' });
}

function optionalText(value: unknown, field: string, problems: Problems): void {
  if (value !== undefined && (typeof value !== 'string' || value.length > 100)) {
    problems.push({ field, message: 'must be a string of at most 100 characters' });
  }
}

function throwIf(problems: Problems, status: 400 | 422): void {
  if (problems.length > 0) throw new CuttingInputError(problems, status);
}
