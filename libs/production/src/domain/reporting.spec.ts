import {
  doorOverReport,
  machineFits,
  overReport,
  type ReportRequest,
  sameRequest,
  shortReasonKept,
  unreported,
} from './reporting';

describe('reporting rules', () => {
  it('refuses good and scrap beyond what remains, with the facts', () => {
    expect(overReport({ planned: 10, good: 6, scrap: 1 }, 3, 0)).toBeNull();
    expect(overReport({ planned: 10, good: 6, scrap: 1 }, 3, 1)).toEqual({ planned: 10, reported: 7, remaining: 3 });
    expect(unreported({ planned: 10, good: 6, scrap: 1 })).toBe(3);
  });

  it("bounds a door-label report by the door's need less what its labels brought before", () => {
    expect(doorOverReport(4, 0, 4, 0)).toBeNull();
    expect(doorOverReport(4, 3, 1, 0)).toBeNull();
    expect(doorOverReport(4, 3, 1, 1)).toEqual({ planned: 4, reported: 3, remaining: 1 });
    expect(doorOverReport(4, 4, 0, 1)).toEqual({ planned: 4, reported: 4, remaining: 0 });
  });

  it('keeps a short reason only on a finish that leaves pieces unreported', () => {
    expect(shortReasonKept('finish', 2, '缺料')).toBe('缺料');
    expect(shortReasonKept('finish', 0, '缺料')).toBeNull();
    expect(shortReasonKept('report', 2, '缺料')).toBeNull();
  });

  describe(sameRequest.name, () => {
    const first: ReportRequest = {
      workOrderId: 'w1',
      lineId: null,
      doorNo: null,
      action: 'report',
      good: 3,
      scrap: 1,
      scrapReason: 'size_error',
      machine: 'EB-01',
    };

    it('is the same for the same target and pieces (a note or short reason aside)', () => {
      expect(sameRequest(first, { ...first })).toBe(true);
      expect(sameRequest(first, { ...first, note: 'retyped' } as ReportRequest)).toBe(true);
    });

    it.each([
      ['work order', { workOrderId: 'w2' }],
      ['door', { lineId: 'l1', doorNo: 1 }],
      ['action', { action: 'finish' as const }],
      ['good', { good: 4 }],
      ['scrap', { scrap: 0 }],
      ['scrap reason', { scrapReason: 'other' }],
      ['machine', { machine: null }],
    ])('differs by its %s', (_what, change) => {
      expect(sameRequest(first, { ...first, ...change })).toBe(false);
    });
  });
});

describe(machineFits.name, () => {
  const kinds = ['cutting', 'pressing', 'edge_banding'];

  it('refuses a machine of another kind on a work order of a machine process', () => {
    expect(machineFits('pressing', 'cutting', kinds)).toBe(false);
    expect(machineFits('cutting', 'edge_banding', kinds)).toBe(false);
  });

  it('takes a machine of the same process, and any machine on a process of the factory’s own', () => {
    expect(machineFits('pressing', 'pressing', kinds)).toBe(true);
    expect(machineFits('pressing', 'curing', kinds)).toBe(true);
    expect(machineFits('edge_banding', '精裁', kinds)).toBe(true);
  });
});
