import { DomainError, fieldPath, PLATFORM_ERRORS, ValidationFailedError } from '../errors';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH, textProblem } from './input-rules';

/**
 * The API's rules for a JSON request body, for the application/json content-type parser. Before parsing:
 * the nesting, checked on the text (a deep body would overflow the stack of whatever recursive code reads
 * it next: class-transformer, class-validator, loggers).
 */
export function assertJsonDepth(text: string): void {
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new DomainError(
      PLATFORM_ERRORS['request.too_deep'],
      `the JSON body nests deeper than ${MAX_JSON_DEPTH} levels / 请求体嵌套超过 ${MAX_JSON_DEPTH} 层`,
      { maxDepth: MAX_JSON_DEPTH },
      [{ field: 'body', message: `nests deeper than ${MAX_JSON_DEPTH} levels` }],
    );
  }
}

/**
 * After parsing: every string and key must be text a person could type (tab and line breaks allowed; DTO
 * fields narrow this with @IsPlainText). NUL would fail in PostgreSQL, a lone surrogate would be stored
 * as U+FFFD, so both are refused here, naming the field, for every route whatever its DTO.
 */
export function assertPlainJsonText(value: unknown): void {
  const bad = firstBadText(value);
  if (bad) throw new ValidationFailedError([bad], 'Request body holds invalid text / 请求体含有非法字符');
}

interface Visit {
  value: unknown;
  parent: Visit | null;
  key: string | number | null;
}

/**
 * The first string (or key) of a parsed body that is not acceptable text, as a field error. Iterative; the
 * field path is spelled only for the string that fails (this runs on every request, scans included).
 */
function firstBadText(root: unknown): { field: string; message: string } | null {
  const stack: Visit[] = [{ value: root, parent: null, key: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      const problem = textProblem(value, { multiline: true });
      if (problem) {
        const path = pathOf(visit) || 'body';
        return { field: path, message: `${path} ${problem}` };
      }
    } else if (Array.isArray(value)) {
      value.forEach((element, i) => stack.push({ value: element, parent: visit, key: i }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, element] of Object.entries(value)) {
        const problem = textProblem(key, { multiline: false });
        if (problem) return { field: pathOf(visit) || 'body', message: `a field name ${problem}` };
        stack.push({ value: element, parent: visit, key });
      }
    }
  }
  return null;
}

function pathOf(visit: Visit): string {
  const keys: (string | number)[] = [];
  for (let at = visit; at.parent !== null && at.key !== null; at = at.parent) keys.unshift(at.key);
  return fieldPath(...keys);
}
