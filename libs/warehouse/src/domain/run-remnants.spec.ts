import { parseRemnantLabel, remnantReceiptScanId, type RunCutPlan, runRemnants, uuidV5 } from './run-remnants';

const RUN = '1a2b3c4d-0000-4000-8000-000000000001';

describe('a split run’s remnants (余料) and their labels', () => {
  const plans: RunCutPlan[] = [
    {
      n: 2,
      material: 'HDF-8',
      kind: 'sheet',
      plan: {
        layouts: [
          { remnants: [{ width: 1210.6, height: 440 }] },
          { remnants: [] },
          { remnants: [{ width: 300, height: 900 }] },
        ],
      },
    },
    {
      n: 1,
      material: 'CASING-60',
      kind: 'linear',
      plan: { bars: [{ remnant: 0 }, { remnant: 412.5 }, { remnant: 1180 }] },
    },
  ];

  it('lists them in plan order with stable labels, normalised whole-mm sizes and the bar or sheet leaving each', () => {
    expect(runRemnants(RUN, plans)).toEqual([
      { label: 'RM-1A2B3C4D-1', material: 'CASING-60', length: 412, width: null, plan: 1, layout: 2 },
      { label: 'RM-1A2B3C4D-2', material: 'CASING-60', length: 1180, width: null, plan: 1, layout: 3 },
      { label: 'RM-1A2B3C4D-3', material: 'HDF-8', length: 1210, width: 440, plan: 2, layout: 1 },
      { label: 'RM-1A2B3C4D-4', material: 'HDF-8', length: 900, width: 300, plan: 2, layout: 3 },
    ]);
    expect(runRemnants(RUN, [...plans].reverse())).toEqual(runRemnants(RUN, plans));
  });

  it("keeps a ripped bar's rip width on its offcuts, so strips of different widths are different items", () => {
    const ripped: RunCutPlan[] = [
      { n: 1, material: 'LVL-40', kind: 'linear', ripWidth: 120, plan: { bars: [{ remnant: 619.8 }] } },
      { n: 2, material: 'LVL-40', kind: 'linear', ripWidth: 150, plan: { bars: [{ remnant: 619 }] } },
      { n: 3, material: 'CASING-60', kind: 'linear', ripWidth: null, plan: { bars: [{ remnant: 619 }] } },
    ];
    expect(runRemnants(RUN, ripped).map(({ material, length, width }) => ({ material, length, width }))).toEqual([
      { material: 'LVL-40', length: 619, width: 120 },
      { material: 'LVL-40', length: 619, width: 150 },
      { material: 'CASING-60', length: 619, width: null },
    ]);
  });

  it('reads a label back, whatever its case, and nothing else', () => {
    expect(parseRemnantLabel('RM-1A2B3C4D-3')).toEqual({ runShort: '1a2b3c4d', k: 3 });
    expect(parseRemnantLabel(' rm-1a2b3c4d-12 ')).toEqual({ runShort: '1a2b3c4d', k: 12 });
    for (const bad of ['RM-1A2B3C4D-0', 'RM-1A2B-3', 'HDF-8', 'RM-1A2B3C4D-3-1'])
      expect(parseRemnantLabel(bad)).toBeNull();
  });

  it('derives one receipt scanId per run and label (RFC 4122 version 5)', () => {
    // the RFC's DNS namespace and name, as every uuid library computes them
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(remnantReceiptScanId(RUN, 'RM-1A2B3C4D-1')).toBe(remnantReceiptScanId(RUN, 'RM-1A2B3C4D-1'));
    expect(remnantReceiptScanId(RUN, 'RM-1A2B3C4D-1')).not.toBe(remnantReceiptScanId(RUN, 'RM-1A2B3C4D-2'));
  });
});
