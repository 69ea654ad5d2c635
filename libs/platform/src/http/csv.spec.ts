import { csvField, neutraliseFormula, textCells, toCsv } from './csv';

describe('CSV export escaping (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
    ["=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\""],
    ['+1+2', '"\'+1+2"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1:A2)', '"\'@SUM(A1:A2)"'],
    ['\t=1', '"\'\t=1"'],
    ['\r=1', '"\'\r=1"'],
  ])('neutralises text starting a formula: %j → %s', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('leaves other text alone, and quotes only what RFC 4180 needs', () => {
    expect(csvField('SO-A-1-1')).toBe('SO-A-1-1');
    expect(csvField('门框 jamb')).toBe('门框 jamb');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers, negative ones included; empty for null and non-finite', () => {
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(0)).toBe('0');
    expect(csvField('-12.5')).toBe('"\'-12.5"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('neutraliseFormula prefixes only formula starts', () => {
    expect(neutraliseFormula('=1')).toBe("'=1");
    expect(neutraliseFormula('1=')).toBe('1=');
  });

  it('writes a document with a BOM and CRLF line ends', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['=x', 2],
      ]),
    ).toBe('\uFEFFa,b\r\n"\'=x",2\r\n');
  });

  it('textCells keeps a workbook row’s numbers and shows its formula-looking text as text', () => {
    expect(textCells({ name: '=HYPERLINK("x")', room: '主卧', size: -5, count: 3, note: null })).toEqual({
      name: `'=HYPERLINK("x")`,
      room: '主卧',
      size: -5,
      count: 3,
      note: null,
    });
  });
});
