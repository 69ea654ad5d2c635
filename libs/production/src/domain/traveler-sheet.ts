/** A process as a traveler names it: both names and what its operators are told to do. */
export interface TravelerProcess {
  code: string;
  nameZh: string;
  nameEn: string;
  instructions: string;
}

/**
 * A split run's facts a traveler reads (splitting's SplitRunsService.travelerSource answers this shape; the
 * travelers service puts each released work order's code in `number`).
 */
export interface TravelerRun {
  run: { id: string; createdAt: Date };
  orders: readonly { id: string; orderNo: string; customer: string; dueDate: string | null }[];
  workOrders: readonly {
    id: string;
    number: string;
    sequence: number;
    process: string;
    parts: readonly { ref: string; quantity: number }[];
  }[];
  parts: readonly {
    ref: string;
    component: string;
    orderId: string;
    lineNo: number;
    room: string | null;
    /** doors of the line as it is now (null for a line edited away after the split) */
    doors: number | null;
    perDoor: number;
    length: number;
    width: number;
    thickness: number;
    material: string;
    route: readonly string[];
  }[];
}

/** One line of a traveler's parts table: a component of one door line. */
export interface TravelerRow {
  component: string;
  orderNo: string;
  lineNo: number;
  room: string | null;
  /** doors of the line this row's pieces are for */
  doors: number;
  /** length × width × thickness, mm */
  size: string;
  material: string;
  quantity: number;
}

/** Everything one work order's traveler (流转卡) prints, in print order. */
export interface TravelerSheet {
  workOrderId: string;
  /** the released work order's code: printed as text and as the Code 128 barcode operators scan */
  code: string;
  process: TravelerProcess;
  sequence: number;
  /** work orders in the run: "process 3 of 8" */
  of: number;
  run: { id: string; short: string; createdAt: Date };
  orders: { orderNo: string; customer: string; dueDate: string | null }[];
  /** the processes this work order's parts pass, in the run's order, this one marked */
  route: (Omit<TravelerProcess, 'instructions'> & { current: boolean })[];
  plannedQuantity: number;
  doors: number;
  rows: TravelerRow[];
}

/**
 * Part rows one travelers PDF may hold, all its work orders together: ~750 A4 pages, rendered in ~15 s on a busy
 * 2-core machine (0.75 ms a row measured). A run of a few hundred doors prints whole; a larger one work order by
 * work order, so no request renders for minutes or holds thousands of pages in memory.
 */
export const MAX_TRAVELER_ROWS = 20_000;

/** Null when the sheets fit one PDF; otherwise the facts of the refusal. */
export function travelersTooLong(sheets: readonly TravelerSheet[]): { rows: number; max: number } | null {
  const rows = sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
  return rows > MAX_TRAVELER_ROWS ? { rows, max: MAX_TRAVELER_ROWS } : null;
}

/** Millimetres as the shop writes them: no grouping, at most one decimal. */
function mm(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * The travelers of a run's work orders, in sequence (`only`: just that work order's). A process missing from the
 * catalogue (never expected: processes are never deleted) prints its code as both names.
 */
export function travelerSheets(
  source: TravelerRun,
  processes: readonly TravelerProcess[],
  only: string | null = null,
): TravelerSheet[] {
  const byCode = new Map(processes.map((p) => [p.code, p]));
  const processOf = (code: string): TravelerProcess =>
    byCode.get(code) ?? { code, nameZh: code, nameEn: code, instructions: '' };
  const ordersById = new Map(source.orders.map((o) => [o.id, o]));
  const partsByRef = new Map(source.parts.map((p, index) => [p.ref, { ...p, index }]));
  const runOrder = [...source.workOrders].sort((a, b) => a.sequence - b.sequence);
  const rank = new Map(runOrder.map((w, i) => [w.process, i]));
  return runOrder
    .filter((w) => only === null || w.id === only)
    .map((workOrder) => {
      const parts = workOrder.parts.flatMap(({ ref, quantity }) => {
        const part = partsByRef.get(ref);
        return part ? [{ part, quantity }] : [];
      });
      const rows = parts
        .map(({ part, quantity }) => ({
          sort: [ordersById.get(part.orderId)?.orderNo ?? '', part.lineNo, part.index] as const,
          row: {
            component: part.component,
            orderNo: ordersById.get(part.orderId)?.orderNo ?? '',
            lineNo: part.lineNo,
            room: part.room,
            doors: doorsOf(quantity, part.perDoor, part.doors),
            size: `${mm(part.length)}×${mm(part.width)}×${mm(part.thickness)}`,
            material: part.material,
            quantity,
          },
        }))
        .sort((a, b) => compareKeys(a.sort, b.sort))
        .map((r) => r.row);
      const passes = new Set(parts.flatMap(({ part }) => part.route));
      passes.add(workOrder.process);
      const route = [...passes]
        .sort((a, b) => (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size))
        .map((code) => {
          const { nameZh, nameEn } = processOf(code);
          return { code, nameZh, nameEn, current: code === workOrder.process };
        });
      const orderIds = new Set(parts.map(({ part }) => part.orderId));
      return {
        workOrderId: workOrder.id,
        code: workOrder.number,
        process: processOf(workOrder.process),
        sequence: workOrder.sequence,
        of: runOrder.length,
        run: { id: source.run.id, short: source.run.id.slice(0, 8).toUpperCase(), createdAt: source.run.createdAt },
        orders: source.orders
          .filter((o) => orderIds.has(o.id))
          .map(({ orderNo, customer, dueDate }) => ({ orderNo, customer, dueDate }))
          .sort((a, b) => a.orderNo.localeCompare(b.orderNo)),
        route,
        plannedQuantity: parts.reduce((sum, p) => sum + p.quantity, 0),
        doors: doorTotal(rows),
        rows,
      };
    });
}

/**
 * The doors a row's pieces are for: pieces ÷ pieces per door, which is the line's doors as split; the line's
 * current doors only when that does not divide (a run older than a change to the model's counts).
 */
function doorsOf(quantity: number, perDoor: number, lineDoors: number | null): number {
  if (perDoor > 0 && quantity % perDoor === 0) return quantity / perDoor;
  return lineDoors ?? Math.ceil(quantity / Math.max(perDoor, 1));
}

/** Doors the work order serves: each door line counted once, with the most doors any of its rows names. */
function doorTotal(rows: readonly TravelerRow[]): number {
  const lines = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.orderNo}\u0000${row.lineNo}`;
    lines.set(key, Math.max(lines.get(key) ?? 0, row.doors));
  }
  return [...lines.values()].reduce((sum, n) => sum + n, 0);
}

function compareKeys(a: readonly [string, number, number], b: readonly [string, number, number]): number {
  return a[0].localeCompare(b[0]) || a[1] - b[1] || a[2] - b[2];
}
