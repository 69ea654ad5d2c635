/** A step of a route (工序): the factory's own list, in shop order. */
export interface ProcessDefinition {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Time a part must rest after this step before the next one may start (养生: glue or paint curing). */
  minWaitMinutes: number;
  /** What its travelers (流转卡) tell the operator; none when left out. */
  instructions?: string;
}

/** What every factory starts with: the nine steps the door models were first written against, in shop order. */
export const DEFAULT_PROCESSES: readonly ProcessDefinition[] = [
  { code: 'cutting', nameZh: '开料', nameEn: 'Cutting', minWaitMinutes: 0 },
  { code: 'pressing', nameZh: '冷压', nameEn: 'Cold pressing', minWaitMinutes: 0 },
  { code: 'edge_banding', nameZh: '封边', nameEn: 'Edge banding', minWaitMinutes: 0 },
  { code: 'cnc', nameZh: 'CNC', nameEn: 'CNC machining', minWaitMinutes: 0 },
  { code: 'sanding', nameZh: '砂光', nameEn: 'Sanding', minWaitMinutes: 0 },
  { code: 'veneering', nameZh: '贴皮', nameEn: 'Veneering', minWaitMinutes: 0 },
  { code: 'painting', nameZh: '喷涂', nameEn: 'Painting', minWaitMinutes: 0 },
  { code: 'assembly', nameZh: '组装', nameEn: 'Assembly', minWaitMinutes: 0 },
  { code: 'packing', nameZh: '包装', nameEn: 'Packing', minWaitMinutes: 0 },
];

/**
 * A process code: what a route, a work order and a machine name it by. Chinese is allowed (a shop writes 养生),
 * and nothing that needs escaping in a URL path segment or a CSV cell beyond UTF-8 (no spaces, dots or slashes).
 */
export const PROCESS_CODE = /^[A-Za-z0-9\p{Script=Han}][A-Za-z0-9_\p{Script=Han}-]{0,39}$/u;
export const PROCESS_CODE_MESSAGE =
  'code must be 1–40 letters, digits, Chinese characters, _ or - / 工序编码须为 1–40 位字母、数字、汉字、_ 或 -';

/** 30 days: longer than any curing a door factory waits for, so a larger value is a typing slip (hours as minutes). */
export const MAX_WAIT_MINUTES = 43_200;

/** More processes than any shop has; bounds a reorder body and the route picker. */
export const MAX_PROCESSES = 200;

/** A process's instructions fit the traveler's box beside its parts: a dozen lines, not a manual (the table checks it too). */
export const MAX_INSTRUCTIONS_LENGTH = 2000;

export function isProcessCode(code: string): boolean {
  return PROCESS_CODE.test(code);
}

/** A problem of a reorder request, at `field` (`codes` or `codes[i]`). */
export interface ReorderProblem {
  field: string;
  code?: string;
  message: string;
}

/**
 * A reorder must name each of the factory's processes exactly once: a list that left one out would leave it
 * with no place, and one naming a code twice or a code the factory does not have has no single meaning.
 */
export function reorderProblems(current: readonly string[], requested: readonly string[]): ReorderProblem[] {
  const known = new Set(current);
  const seen = new Set<string>();
  const problems: ReorderProblem[] = [];
  requested.forEach((code, index) => {
    const field = `codes[${index}]`;
    if (!known.has(code)) {
      problems.push({ field, code, message: `no process ${code} in this factory / 本厂没有工序 ${code}` });
    } else if (seen.has(code)) {
      problems.push({ field, code, message: `process ${code} is listed twice / 工序 ${code} 重复` });
    }
    seen.add(code);
  });
  const missing = current.filter((code) => !seen.has(code));
  if (missing.length > 0) {
    problems.push({
      field: 'codes',
      message: `every process must be listed once; missing ${missing.join(', ')} / 须列出全部工序，缺少 ${missing.join('、')}`,
    });
  }
  return problems;
}

/** A step of a route the factory's list does not allow, at its index in the route. */
export interface RouteProblem {
  index: number;
  code: string;
  reason: 'unknown' | 'inactive';
}

/**
 * The steps of a route a new model version may not use: codes the factory does not have, and processes it has
 * switched off (old versions that use them stay reproducible; only new ones are refused).
 */
export function routeProblems(
  route: readonly string[],
  catalogue: ReadonlyMap<string, { active: boolean }>,
): RouteProblem[] {
  return route.flatMap((code, index): RouteProblem[] => {
    const process = catalogue.get(code);
    if (!process) return [{ index, code, reason: 'unknown' }];
    return process.active ? [] : [{ index, code, reason: 'inactive' }];
  });
}
