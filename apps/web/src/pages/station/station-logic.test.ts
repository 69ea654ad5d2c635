import { describe, expect, it } from 'vitest';
import { reasonTree } from '../machines/calendar-rules';
import {
  countInput,
  countRequest,
  type DowntimeReason,
  padInput,
  reasonNeed,
  reasonsFor,
  remaining,
  reportRequest,
  stateRequest,
  stationProblem,
} from './station-logic';

type Reason = DowntimeReason & Parameters<typeof reasonTree>[0][number];

function reason(
  code: string,
  parentCode: string | null,
  appliesTo: Reason['appliesTo'],
  sort = 0,
  active = true,
): Reason {
  return { code, parentCode, nameZh: code, nameEn: code, appliesTo, loss: 'breakdown', active, sort };
}

describe('the station tablet', () => {
  it('counts what remains of a work order, never below nothing', () => {
    expect(remaining({ plannedQuantity: 10, good: 6, scrap: 1 })).toBe(3);
    expect(remaining({ plannedQuantity: 10, good: 12, scrap: 0 })).toBe(0);
  });

  it("reports with the station's process, and gives the counts to its machine", () => {
    const request = reportRequest(
      { barcode: 'R1-03', action: 'report', good: 4, scrap: 1, scrapReason: 'chipped' },
      { process: 'edge_banding', machine: 'EB-1' },
      'scan-1',
    );
    expect(request).toEqual({
      scanId: 'scan-1',
      target: { kind: 'report' },
      body: {
        scanId: 'scan-1',
        barcode: 'R1-03',
        process: 'edge_banding',
        action: 'report',
        good: 4,
        scrap: 1,
        scrapReason: 'chipped',
        machine: 'EB-1',
      },
      summary: { kind: 'report', action: 'report', barcode: 'R1-03', good: 4, scrap: 1 },
    });
    // a finish short of the plan carries its reason
    expect(
      reportRequest({ barcode: 'R1-03', action: 'finish', shortReason: '板材不足' }, { process: 'cnc' }, 's').body,
    ).toEqual({ scanId: 's', barcode: 'R1-03', process: 'cnc', action: 'finish', shortReason: '板材不足' });
    // a start names no quantities, so no machine either
    expect(
      reportRequest({ barcode: 'R1-03', action: 'start' }, { process: 'cnc', machine: 'CNC-1' }, 's').body,
    ).toEqual({ scanId: 's', barcode: 'R1-03', process: 'cnc', action: 'start' });
  });

  it('sends a tap with its own id and the time it was tapped', () => {
    const at = new Date('2026-11-30T08:00:00.000Z');
    expect(stateRequest('CNC-1', 'down', 'blade_broken', at, 'e1')).toEqual({
      scanId: 'e1',
      target: { kind: 'events', machine: 'CNC-1' },
      body: { states: [{ eventId: 'e1', at: '2026-11-30T08:00:00.000Z', state: 'down', reason: 'blade_broken' }] },
      summary: { kind: 'state', machine: 'CNC-1', state: 'down', reason: 'blade_broken' },
    });
    expect(stateRequest('CNC-1', 'running', undefined, at, 'e2').body).toEqual({
      states: [{ eventId: 'e2', at: '2026-11-30T08:00:00.000Z', state: 'running' }],
    });
    expect(countRequest('CNC-1', 5, 0, at, 'e3').body).toEqual({
      counts: [{ eventId: 'e3', at: '2026-11-30T08:00:00.000Z', good: 5, scrap: 0 }],
    });
  });

  it('offers the active reasons of a state as a tree, top level in order, an orphan at the top', () => {
    const reasons = [
      reason('breakdown', null, ['down'], 1),
      reason('blade', 'breakdown', ['down'], 2),
      reason('motor', 'breakdown', ['down'], 1),
      reason('no_material', null, ['down', 'idle'], 0),
      reason('no_order', null, ['idle'], 5),
      reason('old', null, ['down'], 9, false),
      reason('colour', 'changeover', ['down'], 3),
      reason('changeover', null, ['setup'], 3),
    ];
    const down = reasonTree(reasonsFor(reasons, 'down'));
    expect(down.map((g) => [g.code, (g.children ?? []).map((c) => c.code)])).toEqual([
      ['no_material', []],
      ['breakdown', ['motor', 'blade']],
      ['colour', []],
    ]);
    expect(reasonTree(reasonsFor(reasons, 'idle')).map((g) => g.code)).toEqual(['no_material', 'no_order']);
    expect(reasonNeed('down')).toBe('required');
    expect(reasonNeed('idle')).toBe('optional');
    expect(reasonNeed('running')).toBe('none');
  });

  it('words an over-report with what remains, and a work order not yet available with when', () => {
    expect(
      stationProblem({ code: 'production.over_reported', params: { planned: 10, reported: 12, remaining: 2 } }),
    ).toEqual({ key: 'station.problem.overReported', values: { planned: 10, reported: 12, remaining: 2 } });
    expect(
      stationProblem({ code: 'production.not_available', params: { availableAt: '2026-12-01T08:00:00Z' } }),
    ).toEqual({
      key: 'station.problem.availableAt',
      values: { at: '2026-12-01T08:00:00Z' },
    });
    expect(stationProblem({ code: 'production.not_available', params: { availableAt: null } })).toEqual({
      key: 'station.problem.notAvailable',
      values: {},
    });
    expect(
      stationProblem({
        code: 'request.invalid',
        detail: 'Invalid input / 参数有误',
        errors: [{ field: 'scrapReason', message: 'scrapReason is required / 需要报废原因' }],
      }),
    ).toEqual({ detail: 'Invalid input / 参数有误', fields: ['scrapReason is required / 需要报废原因'] });
    expect(
      stationProblem({ code: 'production.not_fully_reported', params: { planned: 10, reported: 7, remaining: 3 } }),
    ).toEqual({ key: 'station.problem.notFullyReported', values: { planned: 10, reported: 7, remaining: 3 } });
    expect(stationProblem({ code: 'production.work_order_on_hold', params: { status: 'on_hold' } })).toEqual({
      key: 'station.problem.onHold',
      values: {},
    });
    expect(stationProblem({ code: 'production.work_order_done' })).toEqual({ key: 'station.problem.done', values: {} });
    expect(stationProblem({ code: 'production.work_order_not_released' })).toEqual({
      key: 'station.problem.notReleased',
      values: {},
    });
    expect(stationProblem(null)).toEqual({ key: 'station.problem.unknown', values: {} });
  });

  it('takes whole numbers on the pad', () => {
    expect(padInput('', '0')).toBe('0');
    expect(padInput('0', '7')).toBe('7');
    expect(padInput('12', '3')).toBe('123');
    expect(padInput('123', 'back')).toBe('12');
    expect(padInput('123', 'clear')).toBe('');
    expect(padInput('123456', '7')).toBe('123456');
    expect(padInput('12', '.')).toBe('12');
  });
});

describe('countInput (the machine panel counts, as the api takes them)', () => {
  it('takes empty as 0 and whole numbers as they are', () => {
    expect(countInput('')).toEqual({ value: 0 });
    expect(countInput(' 12 ')).toEqual({ value: 12 });
    expect(countInput('0')).toEqual({ value: 0 });
  });
  it('refuses negative and fractional counts instead of clamping or rounding them', () => {
    expect(countInput('-3')).toEqual({ problem: 'station.count.negative' });
    expect(countInput('1.5')).toEqual({ problem: 'station.count.notWhole' });
    expect(countInput('abc')).toEqual({ problem: 'station.count.notWhole' });
  });
});
