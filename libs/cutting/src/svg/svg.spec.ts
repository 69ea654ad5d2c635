import type { LinearBar, SheetLayout } from '../types';
import { linearBarSvg } from './linear-bar-svg';
import { sheetLayoutSvg } from './sheet-layout-svg';
import { escapeXml } from './svg-text';
import { xmlWellFormednessErrors } from './testing/well-formed-xml';

const TRICKY_ID = '门<框>&"A\'1';

function bar(): LinearBar {
  return {
    stockLength: 1000,
    stockIndex: 0,
    cuts: [
      { id: 'A12', length: 300, position: 0 },
      { id: TRICKY_ID, length: 250.5, position: 304 },
    ],
    offcut: 411.5,
    remnant: 411.5,
    waste: 38,
  };
}

function layout(): SheetLayout {
  return {
    width: 2440,
    height: 1220,
    stockIndex: 0,
    placements: [
      { id: 'A12', x: 10, y: 10, width: 2100, height: 900, rotated: true },
      { id: TRICKY_ID, x: 10, y: 914, width: 600, height: 296, rotated: false },
    ],
    cuts: [
      { x1: 10, y1: 910, x2: 2430, y2: 910, stage: 1 },
      { x1: 2110, y1: 10, x2: 2110, y2: 910, stage: 2 },
    ],
    remnants: [{ x: 614, y: 914, width: 1816, height: 296 }],
    waste: 0,
    yield: 0.7,
  };
}

function rootAttribute(svg: string, name: string): string | undefined {
  return new RegExp(`^<svg[^>]*\\s${name}="([^"]*)"`).exec(svg)?.[1];
}

describe(escapeXml.name, () => {
  it('escapes markup characters and replaces characters XML cannot carry', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(escapeXml('门框\u0001\ud800')).toBe('门框\ufffd\ufffd');
    expect(escapeXml('𝄞')).toBe('𝄞');
  });
});

describe(xmlWellFormednessErrors.name, () => {
  it('accepts well-formed markup and rejects broken markup', () => {
    expect(xmlWellFormednessErrors('<a x="1"><b/>t &amp; u</a>')).toEqual([]);
    expect(xmlWellFormednessErrors('<a><b></a>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a>x & y</a>')).toEqual(['bare "&" in text at 3']);
    expect(xmlWellFormednessErrors('<a x="1" x="2"/>')).toEqual(['duplicate attribute x in <a>']);
    expect(xmlWellFormednessErrors('<a/><b/>')).toEqual(['2 root elements']);
  });
});

describe(linearBarSvg.name, () => {
  const svg = linearBarSvg(bar(), { kerf: 4, trim: 10, title: 'Bar 1 <jamb> & head' });

  it('is a standalone, well-formed SVG document', () => {
    expect(xmlWellFormednessErrors(svg)).toEqual([]);
    expect(rootAttribute(svg, 'xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(rootAttribute(svg, 'viewBox')).toBe('0 0 1000 62');
    expect(rootAttribute(svg, 'width')).toBe('1000');
    expect(rootAttribute(svg, 'height')).toBe('62');
    expect(rootAttribute(svg, 'font-family')).toContain('Noto Sans SC');
  });

  it('labels every piece with its id and length, escaped', () => {
    expect(svg).toContain('>A12 300<');
    expect(svg).toContain('>门&lt;框&gt;&amp;&quot;A&apos;1 250.5<');
    expect(svg).not.toContain(TRICKY_ID);
    expect(svg).toContain('Bar 1 &lt;jamb&gt; &amp; head');
  });

  it('hatches the remnant at the far end, before the trim', () => {
    const pattern = /<pattern id="([^"]+)"/.exec(svg)?.[1];
    expect(pattern).toBeDefined();
    expect(svg).toContain(`x="578.5" y="22" width="411.5" height="40" fill="url(#${pattern})"`);
  });

  it('honours the scale and leaves out the hatch pattern use without a remnant', () => {
    const plain = linearBarSvg({ ...bar(), remnant: 0 }, { scale: 0.5 });
    expect(rootAttribute(plain, 'width')).toBe('500');
    expect(plain).not.toContain('url(#');
    expect(xmlWellFormednessErrors(plain)).toEqual([]);
  });
});

describe(sheetLayoutSvg.name, () => {
  const svg = sheetLayoutSvg(layout(), { title: '板 1 <MDF>', maxWidthPx: 610 });

  it('is a standalone, well-formed SVG document sized to maxWidthPx', () => {
    expect(xmlWellFormednessErrors(svg)).toEqual([]);
    expect(rootAttribute(svg, 'xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(rootAttribute(svg, 'width')).toBe('610');
    expect(rootAttribute(svg, 'height')).toBe('329');
    expect(rootAttribute(svg, 'viewBox')).toBe('0 -96 2440 1316');
    expect(rootAttribute(svg, 'font-family')).toBe("'Noto Sans SC', 'Microsoft YaHei', sans-serif");
  });

  it('labels every part with id and size, marks rotated parts and escapes text', () => {
    expect(svg).toContain('>A12 2100×900 ↻<');
    expect(svg).toContain('>门&lt;框&gt;&amp;&quot;A&apos;1 600×296<');
    expect(svg).not.toContain(TRICKY_ID);
    expect(svg).toContain('<title>板 1 &lt;MDF&gt;</title>');
  });

  it('hatches remnants and draws every cut as a thin line', () => {
    const pattern = /<pattern id="([^"]+)"/.exec(svg)?.[1];
    expect(svg).toContain(`<rect x="614" y="914" width="1816" height="296" fill="url(#${pattern})"`);
    expect(svg.match(/<line [^>]*data-stage=/g)).toHaveLength(2);
    expect(svg).toContain('<line x1="2110" y1="10" x2="2110" y2="910" data-stage="2"');
  });

  it('stays well-formed for an empty layout and a sheet of 10×10', () => {
    const tiny = sheetLayoutSvg({ ...layout(), width: 10, height: 10, placements: [], cuts: [], remnants: [] });
    expect(xmlWellFormednessErrors(tiny)).toEqual([]);
    expect(rootAttribute(tiny, 'height')).toBe('800');
  });
});

describe('drawings a sawyer works from', () => {
  it('numbers a sheet’s cut sequence in discs, trims dashed, and draws the grain arrow beside the sheet', () => {
    const sequence = [
      { no: 1, x1: 0, y1: 10, x2: 2440, y2: 10, trim: true },
      { no: 2, x1: 10, y1: 910, x2: 2430, y2: 910 },
      { no: 3, x1: 2110, y1: 10, x2: 2110, y2: 910 },
    ];
    const svg = sheetLayoutSvg(layout(), {
      title: '下料图 3 · MDF · 1220×2440 · ×4',
      trim: 10,
      sequence,
      grain: 'vertical',
      labelOf: (p) => `面板 ${p.width}×${p.height} SO-1-2`,
    });
    expect(xmlWellFormednessErrors(svg)).toEqual([]);
    expect(svg.match(/<g class="cut[^"]*" data-no="\d+">/g)).toEqual([
      '<g class="cut trim" data-no="1">',
      '<g class="cut" data-no="2">',
      '<g class="cut" data-no="3">',
    ]);
    expect(svg).toMatch(/<g class="cut trim" data-no="1"><line [^>]*stroke-dasharray="6 3"/);
    expect(svg).toContain('>3</text>');
    expect(svg).toContain('<title>纹理 grain</title>');
    expect(svg).toContain('>纹理</text>');
    expect(svg).toContain('>面板 2100×900 SO-1-2<');
    expect(svg.match(/<g class="trim">(<rect [^>]*\/>){4}<\/g>/)).not.toBeNull();
    // the arrow has room right of the sheet: the drawing is wider than the sheet's 610 px
    expect(Number(rootAttribute(sheetLayoutSvg(layout(), { maxWidthPx: 610, grain: 'vertical' }), 'width'))).toBe(646);
  });

  it('marks mitred ends of bar pieces with a slanted line, square ends with none', () => {
    const svg = linearBarSvg(bar(), {
      endCuts: (i) => (i === 0 ? { start: 'square', end: 'mitre45' } : { start: 'mitre45', end: 'mitre45' }),
      labelOf: (i) => `${i + 1}. 竖套线 ${bar().cuts[i].length}`,
    });
    expect(xmlWellFormednessErrors(svg)).toEqual([]);
    expect(svg.match(/class="mitre"/g)).toHaveLength(3);
    expect(svg).toContain('>1. 竖套线 300<');
    // the first piece’s end (x 300) leans back towards its start, at 45° across the drawn bar
    expect(svg).toContain('<line class="mitre" x1="300" y1="0" x2="260" y2="40"');
  });
});
