import { CuttingInputError } from '@mendao/cutting';
import { RuleEvaluationError } from './explode';
import { MaterialSetupError } from './split-plan';

/**
 * The reason a planner can act on (a rule that fails for a size, a material not set up, parts the
 * cutting refuses), or null for anything else (which the job system retries).
 */
export function actionableReason(error: unknown): string | null {
  if (error instanceof RuleEvaluationError || error instanceof MaterialSetupError) return error.message;
  if (error instanceof CuttingInputError)
    return `cutting: ${error.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`;
  return null;
}
