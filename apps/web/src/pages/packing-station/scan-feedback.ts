import type { MessageKey } from '../../i18n/catalogues';
import type { SendResult } from '../scan/scan-queue';
import type { LoadScanAnswer, MissingPackage, PackageKind, PackScanAnswer } from './packing-api';

/** The colour of the feedback band: green ok, amber duplicate (nothing wrong, nothing done), red a mistake caught. */
export type Tone = 'idle' | 'ok' | 'warn' | 'error' | 'info';
/** The station's sounds: a good scan, a repeat, a refusal, a scan kept for later. */
export type Sound = 'ok' | 'warn' | 'error' | 'prompt';

/** A sentence of the catalogue with its values. */
export interface Said {
  key: MessageKey;
  values?: Record<string, string | number>;
  /** values that are words of the catalogue themselves (a package's kind), said in the screen's language */
  terms?: Record<string, MessageKey>;
}

/** What the station shows and plays for one scan. */
export interface ScanFeedback {
  tone: Tone;
  sound: Sound;
  /** the api's result (ok, duplicate, not_expected, unknown…), for the tests and the last-scans list */
  result: string;
  title: Said | { text: string };
  details: Said[];
}

const KIND_LABEL: Record<PackageKind, MessageKey> = {
  leaf: 'packingStation.kind.leaf',
  frame: 'packingStation.kind.frame',
  casing: 'packingStation.kind.casing',
  hardware: 'packingStation.kind.hardware',
  glass: 'packingStation.kind.glass',
};

/** A package kind's words; a kind this screen does not know yet is "other". */
export function kindLabel(kind: string): MessageKey {
  return (KIND_LABEL as Record<string, MessageKey | undefined>)[kind] ?? 'packingStation.kind.other';
}

/** Why a package is not expected at this station. */
const NOT_EXPECTED: Record<string, MessageKey> = {
  wrong_order: 'packingStation.notExpected.wrongOrder',
  door_not_ready: 'packingStation.notExpected.doorNotReady',
  not_released: 'packingStation.notExpected.notReleased',
  stale: 'packingStation.notExpected.stale',
  order_packed: 'packingStation.notExpected.orderPacked',
  order_shipped: 'packingStation.notExpected.orderShipped',
};

function packageSaid(answer: { package?: PackScanAnswer['package'] }): Said[] {
  const p = answer.package;
  if (!p) return [];
  return [
    {
      key: 'packingStation.package',
      values: { code: p.code, lineNo: p.line.lineNo, doorNo: p.doorNo, k: p.k, n: p.n, room: p.line.room ?? '' },
      terms: { kind: kindLabel(p.kind) },
    },
  ];
}

/** A pack scan's answer (2xx) as the station says it. */
export function packFeedback(answer: PackScanAnswer): ScanFeedback {
  const code = answer.package?.code ?? '';
  const order = answer.order;
  const orderSaid: Said[] = order
    ? [
        {
          key: 'packingStation.orderCount',
          values: { orderNo: order.orderNo, packed: order.packed, expected: order.expected },
        },
      ]
    : [];
  switch (answer.result) {
    case 'ok': {
      const door = answer.door;
      return {
        tone: 'ok',
        sound: 'ok',
        result: 'ok',
        title: { key: 'packingStation.ok', values: { code } },
        details: [
          ...packageSaid(answer),
          ...(door
            ? [
                {
                  key: 'packingStation.doorCount' as const,
                  values: { lineNo: door.lineNo, doorNo: door.doorNo, packed: door.packed, n: door.n },
                },
              ]
            : []),
          ...orderSaid,
          ...(order?.complete
            ? [{ key: 'packingStation.orderComplete' as const, values: { orderNo: order.orderNo } }]
            : []),
        ],
      };
    }
    case 'duplicate':
      return {
        tone: 'warn',
        sound: 'warn',
        result: 'duplicate',
        title: { key: 'packingStation.duplicate', values: { code } },
        details: [...packageSaid(answer), ...orderSaid],
      };
    case 'not_expected': {
      const reason = NOT_EXPECTED[answer.reason ?? ''] ?? 'packingStation.notExpected.other';
      const p = answer.package;
      return {
        tone: 'error',
        sound: 'error',
        result: 'not_expected',
        title: { key: 'packingStation.notExpected', values: { code } },
        details: [
          {
            key: reason,
            values: {
              orderNo: p?.order.orderNo ?? '',
              open: answer.station?.openOrder?.orderNo ?? '',
              lineNo: p?.line.lineNo ?? '',
              doorNo: p?.doorNo ?? '',
            },
          },
          ...packageSaid(answer),
        ],
      };
    }
    default:
      return { tone: 'info', sound: 'prompt', result: answer.result, title: { text: answer.result }, details: [] };
  }
}

/** A load scan's answer (2xx) as the loading station says it. */
export function loadFeedback(answer: LoadScanAnswer): ScanFeedback {
  const code = answer.package?.code ?? '';
  const totals: Said[] = [
    ...(answer.order
      ? [
          {
            key: 'loading.orderCount' as const,
            values: { orderNo: answer.order.orderNo, loaded: answer.order.loaded, expected: answer.order.expected },
          },
        ]
      : []),
    { key: 'loading.totalCount', values: { loaded: answer.loaded, expected: answer.expected } },
  ];
  switch (answer.result) {
    case 'ok':
      return {
        tone: 'ok',
        sound: 'ok',
        result: 'ok',
        title: { key: 'loading.ok', values: { code } },
        details: [
          ...packageSaid(answer),
          ...totals,
          ...(answer.order?.complete
            ? [{ key: 'loading.orderComplete' as const, values: { orderNo: answer.order.orderNo } }]
            : []),
        ],
      };
    case 'duplicate':
      return {
        tone: 'warn',
        sound: 'warn',
        result: 'duplicate',
        title: { key: 'loading.duplicate', values: { code } },
        details: [...packageSaid(answer), ...totals],
      };
    case 'not_in_shipment':
      return {
        tone: 'error',
        sound: 'error',
        result: 'not_in_shipment',
        title:
          answer.reason === 'other_shipment'
            ? { key: 'loading.onOtherShipment', values: { code, shipment: answer.package?.shipment?.number ?? '' } }
            : { key: 'loading.notInShipment', values: { code, orderNo: answer.package?.order.orderNo ?? '' } },
        details: [...packageSaid(answer), ...totals],
      };
    case 'not_packed':
      return {
        tone: 'error',
        sound: 'error',
        result: 'not_packed',
        title: { key: 'loading.notPacked', values: { code } },
        details: [...packageSaid(answer), ...totals],
      };
    default:
      return { tone: 'info', sound: 'prompt', result: answer.result, title: { text: answer.result }, details: [] };
  }
}

type Problem = { code?: unknown; detail?: unknown; params?: unknown; errors?: { field?: unknown }[] };

/** The problem's params, whatever shape came. */
function paramsOf(problem: Problem): Record<string, unknown> {
  return typeof problem.params === 'object' && problem.params !== null
    ? (problem.params as Record<string, unknown>)
    : {};
}

/**
 * A refused scan (4xx problem) as a station says it: an unknown package, a wrong check character, not a package code
 * at all, an unknown or inactive station, a closed shipment; otherwise the api's own sentence (`detail`).
 */
export function problemFeedback(body: unknown, barcode: string): ScanFeedback {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Problem;
  const params = paramsOf(problem);
  // matched as `area:rule`, so that the codes are not mistaken for translation keys
  const code = typeof problem.code === 'string' ? problem.code.replace('.', ':') : '';
  const result = typeof params.result === 'string' ? params.result : 'refused';
  const refused = (key: MessageKey, values: Record<string, string | number> = {}): ScanFeedback => ({
    tone: 'error',
    sound: 'error',
    result,
    title: { key, values: { barcode, ...values } },
    details: [],
  });
  switch (code) {
    case 'packing:unknown_package':
      return refused('packingStation.problem.unknown');
    case 'packing:bad_check_character':
      return refused('packingStation.problem.badCheck');
    case 'packing:malformed_barcode':
      return refused('packingStation.problem.malformed');
    case 'shipment:closed':
      return refused('loading.problem.closed');
    case 'auth:forbidden':
      return refused('packingStation.problem.forbidden');
    case 'resource:not_found':
      if ((problem.errors ?? []).some((e) => e.field === 'station')) return refused('packingStation.problem.station');
      if ((problem.errors ?? []).some((e) => e.field === 'id')) return refused('loading.problem.shipment');
      break;
  }
  const detail = typeof problem.detail === 'string' ? problem.detail : '';
  return detail === ''
    ? refused('packingStation.problem.other')
    : { tone: 'error', sound: 'error', result, title: { text: detail }, details: [] };
}

/** A sent scan's answer as the station says it: an answer (2xx) in the words of `said`, a refusal by its problem. */
export function answerFeedback<A>(
  result: Exclude<SendResult, { kind: 'unreachable' }>,
  barcode: string,
  said: (answer: A) => ScanFeedback,
): ScanFeedback {
  // the answer of the route the scan went to (a pack or a load scan), as packing-api's sendPacking sent it
  return result.kind === 'ok' ? said(result.answer as A) : problemFeedback(result.problem, barcode);
}

/** A scan with nothing to go into (no station, no shipment chosen yet): refused on the spot, nothing sent. */
export function notChosenFeedback(result: string, key: MessageKey): ScanFeedback {
  return { tone: 'error', sound: 'error', result, title: { key }, details: [] };
}

/** A scan not answered: kept in the outbox to send later (`queued`), or not even kept (null: storage refused). */
export function unsentFeedback(outcome: { kind: 'queued' } | null, barcode: string): ScanFeedback {
  return {
    tone: 'warn',
    sound: outcome === null ? 'error' : 'prompt',
    result: outcome === null ? 'not_saved' : 'queued',
    title: { key: outcome === null ? 'packingStation.notSaved' : 'packingStation.queued', values: { barcode } },
    details: [],
  };
}

/** The packages a refused close names as missing (409 shipment:packages_missing), wherever the problem puts them. */
export function missingOf(body: unknown): MissingPackage[] {
  if (typeof body !== 'object' || body === null) return [];
  const problem = body as Problem & { missing?: unknown };
  const list = Array.isArray(problem.missing) ? problem.missing : paramsOf(problem).missing;
  return Array.isArray(list) ? (list as MissingPackage[]) : [];
}

/** A shipment's orders in loading order: the last stop goes in first (it comes off the truck last). */
export function loadingOrder<T extends { stop: number }>(orders: readonly T[]): T[] {
  return [...orders].sort((a, b) => b.stop - a.stop);
}
