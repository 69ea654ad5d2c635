import { IsString, validateSync } from 'class-validator';
import { IsDecimalNumber, IsPlainText, Optional } from './validators';

class Sample {
  @IsString() @IsPlainText() name: string;
  @Optional() @IsString() @IsPlainText({ multiline: true }) note?: string;
  @IsDecimalNumber(3) quantity: number;
}

const errorsOf = (values: Partial<Sample>) =>
  validateSync(Object.assign(new Sample(), { name: 'n', quantity: 1, ...values })).map((e) => ({
    property: e.property,
    messages: Object.values(e.constraints ?? {}),
  }));

describe('IsPlainText, IsDecimalNumber and Optional', () => {
  it('Optional skips the checks of a field left out, but checks null like any value', () => {
    expect(errorsOf({})).toEqual([]);
    expect(errorsOf({ note: undefined })).toEqual([]);
    expect(errorsOf({ note: null as unknown as string })).toEqual([
      { property: 'note', messages: ['note must be a string'] },
    ]);
  });

  it('accept plain text and a number of at most the allowed decimals, in any form', () => {
    expect(errorsOf({ name: '江山 =A1', note: 'line 1\n\tline 2', quantity: 1.25e2 })).toEqual([]);
    expect(errorsOf({ quantity: 0.125 })).toEqual([]);
  });

  it('name the property and the character refused', () => {
    expect(errorsOf({ name: 'a\u0000b' })).toEqual([
      { property: 'name', messages: [expect.stringMatching(/^name contains the control character U\+0000/)] },
    ]);
    expect(errorsOf({ name: 'a\nb' })).toEqual([{ property: 'name', messages: [expect.stringMatching(/U\+000A/)] }]);
    expect(errorsOf({ note: 'x\ud800' })).toEqual([
      { property: 'note', messages: [expect.stringMatching(/unpaired surrogate/)] },
    ]);
  });

  it('refuse exponent forms with too many decimals, and non-finite numbers, without throwing', () => {
    for (const quantity of [1e-7, 1.5e-9, 0.0001, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(errorsOf({ quantity })).toEqual([
        { property: 'quantity', messages: ['quantity must be a finite number with at most 3 decimal places'] },
      ]);
    }
  });

  it('leave a non-string to @IsString', () => {
    const errors = errorsOf({ name: 42 as unknown as string });
    expect(errors).toHaveLength(1);
    expect(Object.keys(validateSync(Object.assign(new Sample(), { name: 42, quantity: 1 }))[0].constraints!)).toEqual([
      'isString',
    ]);
  });
});
