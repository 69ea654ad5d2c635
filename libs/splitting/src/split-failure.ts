import { permanentCause } from '@mendao/platform';
import { actionableReason } from './domain/split-errors';

/**
 * Why running a split again cannot succeed, or null when it may (the job system retries those): the
 * actionable reasons a planner can fix first, then the platform's rule for permanent errors (permanentCause),
 * worded for the planner.
 */
export function permanentReason(error: unknown): string | null {
  const actionable = actionableReason(error);
  if (actionable !== null) return actionable;
  const cause = permanentCause(error);
  switch (cause?.kind) {
    case undefined:
      return null;
    case 'declared':
      return cause.message;
    case 'database':
      return `the results cannot be saved (SQLSTATE ${cause.sqlState}): ${cause.message} / 拆单结果无法保存`;
    case 'engine':
      return `the split cannot be computed: ${cause.message} / 无法计算拆单`;
  }
}
