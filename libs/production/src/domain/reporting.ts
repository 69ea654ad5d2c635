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
