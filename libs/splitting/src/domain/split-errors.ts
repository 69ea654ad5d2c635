import { CuttingInputError } from '@mendao/cutting';
import { RuleEvaluationError } from './explode';
import { MaterialSetupError, RunLimitError } from './split-plan';

/**
 * The reason a planner can act on (a rule that fails for a size, a material not set up, a run over the caps,
 * parts the cutting refuses), or null for anything else.
 */
export function actionableReason(error: unknown): string | null {
  if (error instanceof RuleEvaluationError || error instanceof MaterialSetupError || error instanceof RunLimitError)
    return error.message;
  if (error instanceof CuttingInputError)
    return `cutting: ${error.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`;
  return null;
}

/**
 * Why running a split again cannot succeed, or null when it may (a lost connection, a deadlock, a lock or
 * statement timeout, a unique key a concurrent writer took: the job system retries those). Deterministic
 * failures are the actionable ones, PostgreSQL's data exceptions (class 22: a numeric overflow, a value out
 * of range), integrity violations other than a unique key (23) and program limits (54), and a RangeError
 * (an array or string too long for the engine).
 */
export function permanentReason(error: unknown): string | null {
  const actionable = actionableReason(error);
  if (actionable !== null) return actionable;
  const code = sqlState(error);
  if (code !== null && (code.startsWith('22') || code.startsWith('54') || (code.startsWith('23') && code !== '23505')))
    return `the results cannot be saved (SQLSTATE ${code}): ${messageOf(error)} / 拆单结果无法保存`;
  if (error instanceof RangeError) return `the split cannot be computed: ${error.message} / 无法计算拆单`;
  return null;
}

/**
 * planSplit is pure: the same lines, products and materials fail the same way every time, so whatever it
 * throws is permanent; the message is the actionable reason when there is one.
 */
export function computationFailure(error: unknown): string {
  return actionableReason(error) ?? `the split cannot be computed: ${messageOf(error)} / 无法计算拆单`;
}

/** The SQLSTATE of a PostgreSQL error (the driver's, or wrapped in the ORM's `driverError`). */
function sqlState(error: unknown): string | null {
  for (const candidate of [error, (error as { driverError?: unknown } | null)?.driverError]) {
    const code = (candidate as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
