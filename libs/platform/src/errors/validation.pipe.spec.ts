import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ValidationFailedError } from './domain.error';
import { ApiValidationPipe } from './validation.pipe';

class Line {
  @IsInt() @Min(1) width: number;
}
class Order {
  @IsString() orderNo: string;
  @ValidateNested({ each: true }) @Type(() => Line) lines: Line[];
}

describe(ApiValidationPipe.name, () => {
  const pipe = new ApiValidationPipe();
  const validate = (value: unknown) => pipe.transform(value, { type: 'body', metatype: Order });
  const fieldsOf = async (value: unknown) => {
    const error = await validate(value).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailedError);
    return (error as ValidationFailedError).errors.map((e) => e.field);
  };

  it('names nested fields by their path', async () => {
    expect(await fieldsOf({ orderNo: 'A', lines: [{ width: 1 }, { width: 0 }] })).toEqual(['lines[1].width']);
  });

  it('rejects unknown fields, wrong types and non-object bodies', async () => {
    expect(await fieldsOf({ orderNo: 7, lines: [], extra: 1 })).toEqual(expect.arrayContaining(['orderNo', 'extra']));
    expect(await fieldsOf([{ orderNo: 'A' }])).toEqual(['body']);
    expect(await fieldsOf('text')).toEqual(['body']);
    expect(await fieldsOf(null)).toEqual(['body']);
  });

  it('passes a valid body through as a DTO instance', async () => {
    await expect(validate({ orderNo: 'A', lines: [{ width: 900 }] })).resolves.toBeInstanceOf(Order);
  });
});
