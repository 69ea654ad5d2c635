import { IsInt, IsString, Min, validate } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

describe('cacheValidationMetadata', () => {
  beforeAll(() => cacheValidationMetadata());

  class Scan {
    @IsString()
    barcode!: string;
  }

  const failed = async (object: object) => (await validate(object)).map((e) => e.property);

  it('validates as before, time after time, with the rules kept', async () => {
    for (let k = 0; k < 3; k++) {
      expect(await failed(Object.assign(new Scan(), { barcode: 7 }))).toEqual(['barcode']);
      expect(await failed(Object.assign(new Scan(), { barcode: 'P1' }))).toEqual([]);
    }
  });

  it('forgets what it kept when a rule is added later, so a class loaded later is validated by all its rules', async () => {
    class Counted extends Scan {
      @IsInt()
      count!: number;
    }
    expect(await failed(Object.assign(new Counted(), { barcode: 1, count: 1 }))).toEqual(['barcode']);
    // a rule added to a class already validated (as a module loaded later would add its classes' rules)
    Min(5)(Counted.prototype, 'count');
    expect(await failed(Object.assign(new Counted(), { barcode: 'P1', count: 1 }))).toEqual(['count']);
    expect(await failed(Object.assign(new Counted(), { barcode: 'P1', count: 6 }))).toEqual([]);
  });
});
