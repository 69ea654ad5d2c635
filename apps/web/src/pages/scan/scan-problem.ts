import type { MessageKey } from '../../i18n/catalogues';

/** A refusal in words: a key of the scan catalogue with its values, or the api's own detail when none fits. */
export type ProblemText = { key: MessageKey; values: Record<string, string | number> } | { detail: string };

type Problem = { code?: unknown; detail?: unknown; params?: unknown; status?: unknown };

/**
 * The scan station's words for the api's refusals, chosen by the problem's code and filled from its params
 * (the facts: what is available, which lot…). Codes are matched as `area:rule` so that they are not mistaken
 * for translation keys.
 */
export function problemText(body: unknown): ProblemText {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Problem;
  const params = (typeof problem.params === 'object' && problem.params !== null ? problem.params : {}) as Record<
    string,
    unknown
  >;
  const value = (name: string): string | number => {
    const v = params[name];
    return typeof v === 'number' || typeof v === 'string' ? v : '';
  };
  const code = typeof problem.code === 'string' ? problem.code.replace('.', ':') : '';
  const say = (key: MessageKey, ...names: string[]): ProblemText => ({
    key,
    values: Object.fromEntries(names.map((name) => [name, value(name)])),
  });
  switch (code) {
    case 'resource:not_found':
      if (params.resource === 'item') return say('scan.problem.unknownItem', 'key');
      if (params.resource === 'location') return say('scan.problem.unknownLocation', 'key');
      if (params.resource === 'pick list') return say('scan.problem.unknownPickList');
      if (params.resource === 'count') return say('scan.problem.unknownCount');
      break;
    case 'stock:insufficient':
      return say(
        value('lot') ? 'scan.problem.insufficientLot' : 'scan.problem.insufficient',
        'item',
        'location',
        'available',
        'requested',
        'lot',
      );
    case 'stock:lot_required':
      return say('scan.problem.lotRequired');
    case 'stock:lot_not_allowed':
      return say('scan.problem.lotNotAllowed');
    case 'stock:same_location':
      return say('scan.problem.sameLocation');
    case 'item:inactive':
      return say('scan.problem.itemInactive', 'item');
    case 'location:inactive':
      return say('scan.problem.locationInactive', 'from', 'to', 'location');
    case 'pick_list:item_not_listed':
      return say('scan.problem.notOnPickList', 'item');
    case 'pick_list:beyond_need':
      return say('scan.problem.beyondNeed', 'item', 'remaining', 'requested');
    case 'pick_list:complete':
      return say('scan.problem.pickListComplete');
    case 'pick_list:over_issue_reason':
      return say('scan.problem.overIssueReason');
    case 'stock:fractional_quantity':
      return say('scan.problem.fraction', 'item', 'quantity');
    case 'count:closed':
      return say('scan.problem.countClosed');
    case 'count:item_not_counted':
      return say('scan.problem.itemNotCounted', 'item');
    case 'count:location_not_counted':
      return say('scan.problem.locationNotCounted', 'location');
    case 'auth:forbidden':
      return say('scan.problem.forbidden');
  }
  return typeof problem.detail === 'string' && problem.detail !== ''
    ? { detail: problem.detail }
    : say('scan.problem.unknown');
}
