/** The quantities of a work order a report is checked against. */
export interface Reported {
  planned: number;
  good: number;
  scrap: number;
}

export interface OverReport {
  planned: number;
  reported: number;
  remaining: number;
}

/** Good and scrap together may not pass the planned quantity (a piece is reported once, good or scrap). */
export function overReport(current: Reported, good: number, scrap: number): OverReport | null {
  const reported = current.good + current.scrap;
  const remaining = current.planned - reported;
  return good + scrap > remaining ? { planned: current.planned, reported, remaining } : null;
}

/** What a finish leaves unreported; a finish with some left needs the operator's reason for the shortfall. */
export function unreported(current: Reported): number {
  return Math.max(0, current.planned - current.good - current.scrap);
}

/**
 * What makes two reports with one scanId the same request: what they name (work order, door) and what they report.
 * A note (or a short reason) is not part of it: a station retrying sends the same pieces, perhaps retyped words.
 */
export interface ReportRequest {
  workOrderId: string;
  lineId: string | null;
  doorNo: number | null;
  action: 'start' | 'report' | 'finish';
  good: number;
  scrap: number;
  scrapReason: string | null;
  machine: string | null;
}

export function sameRequest(a: ReportRequest, b: ReportRequest): boolean {
  return (
    a.workOrderId === b.workOrderId &&
    a.lineId === b.lineId &&
    a.doorNo === b.doorNo &&
    a.action === b.action &&
    a.good === b.good &&
    a.scrap === b.scrap &&
    a.scrapReason === b.scrapReason &&
    a.machine === b.machine
  );
}

/**
 * A door-label report may not bring its door more pieces than the door needs at the work order: `reported` is what
 * door-label reports gave that door before (good and scrap), `need` its pieces there. Otherwise the spare pieces
 * would fill other doors without anyone scanning them.
 */
export function doorOverReport(need: number, reported: number, good: number, scrap: number): OverReport | null {
  return overReport({ planned: need, good: reported, scrap: 0 }, good, scrap);
}

/** A finish's short reason counts only when pieces stay unreported: a complete finish has no shortfall to explain. */
export function shortReasonKept(action: string, left: number, shortReason: string | null): string | null {
  return action === 'finish' && left > 0 ? shortReason : null;
}

/**
 * Whether a machine may count a work order's pieces: a work order of one of the machine processes (`machineKinds`,
 * equipment's cutting, pressing…) takes only a machine of that process; a process of the factory's own (养生, 精裁)
 * names no kind of machine, so any machine may do it.
 */
export function machineFits(
  machineProcess: string,
  workOrderProcess: string,
  machineKinds: readonly string[],
): boolean {
  return machineProcess === workOrderProcess || !machineKinds.includes(workOrderProcess);
}
