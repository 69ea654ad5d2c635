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
 * planSplit is pure: the same lines, products and materials fail the same way every time, so whatever it
 * throws is permanent; the message is the actionable reason when there is one.
 */
export function computationFailure(error: unknown): string {
  return actionableReason(error) ?? `the split cannot be computed: ${messageOf(error)} / 无法计算拆单`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
