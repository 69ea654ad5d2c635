import type { PackageView, ScanCounts } from './order-packages.service';

/** What a pack scan answers (contract §7), decided alone or with others: one shape for both. */
export function packAnswerBody(answer: {
  result: 'ok' | 'duplicate' | 'not_expected';
  reason: string | null;
  view: PackageView;
  order: { id: string; orderNo: string; customer: string };
  counts: ScanCounts;
  station: { code: string; openOrder: { id: string; orderNo: string | null } | null };
}): Record<string, unknown> {
  const { result, reason, view, order, station } = answer;
  const { door, packed, expected } = answer.counts;
  return {
    result,
    ...(reason ? { reason } : {}),
    package: view,
    order: { ...order, packed, expected, complete: expected > 0 && packed === expected },
    door,
    station,
  };
}
