import { ApiValidationPipe, ValidationFailedError } from '@mendao/platform';
import { DEMO_PRODUCTS } from '../domain/demo-catalogue';
import { CreateProductDto } from './product.dto';

type Body = Record<string, any>;

/** Issue 12, points 8 and 10: every nested object of a product is checked, so bad input is a 400 naming its path. */
describe(CreateProductDto.name, () => {
  const pipe = new ApiValidationPipe();
  const valid = (): Body => structuredClone(DEMO_PRODUCTS.find((p) => p.code === 'PD-LVL01')!);
  const fieldsOf = async (change: (body: Body) => void): Promise<string[]> => {
    const body = valid();
    change(body);
    const error = await pipe.transform(body, { type: 'body', metatype: CreateProductDto }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailedError);
    return [...new Set((error as ValidationFailedError).errors.map((e) => e.field))];
  };

  it('accepts the demo model as it is', async () => {
    await expect(pipe.transform(valid(), { type: 'body', metatype: CreateProductDto })).resolves.toBeInstanceOf(
      CreateProductDto,
    );
  });

  it.each([
    ['missing', (b: Body) => delete b.widthRange, 'widthRange'],
    ['null', (b: Body) => (b.widthRange = null), 'widthRange'],
    ['an empty array', (b: Body) => (b.widthRange = []), 'widthRange'],
    ['an array of objects', (b: Body) => (b.heightRange = [{ min: 1, max: 2 }]), 'heightRange'],
    ['a number', (b: Body) => (b.wallThicknessRange = 5), 'wallThicknessRange'],
  ])('refuses a size range that is %s: 400 naming it', async (_what, change, field) => {
    expect(await fieldsOf(change)).toEqual([field]);
  });

  it.each([
    ['negative', (b: Body) => (b.widthRange.min = -1), 'widthRange.min'],
    ['zero', (b: Body) => (b.heightRange.min = 0), 'heightRange.min'],
    ['huge (1e308)', (b: Body) => (b.widthRange.max = 1e308), 'widthRange.max'],
    ['above 10,000 mm', (b: Body) => (b.heightRange.max = 10_001), 'heightRange.max'],
    ['a string', (b: Body) => (b.widthRange.min = '600'), 'widthRange.min'],
    ['missing', (b: Body) => delete b.wallThicknessRange.max, 'wallThicknessRange.max'],
    ['below min', (b: Body) => (b.widthRange = { min: 1000, max: 600 }), 'widthRange.max'],
    ['an extra key', (b: Body) => (b.widthRange.step = 1), 'widthRange.step'],
  ])('refuses a range bound that is %s: 400 naming the bound', async (_what, change, field) => {
    expect(await fieldsOf(change)).toEqual([field]);
  });

  it.each([
    ['an array of one component', (b: Body) => (b.components[1] = [b.components[1]]), 'components'],
    ['an array of numbers', (b: Body) => (b.components[1] = [1, 2]), 'components'],
    ['null', (b: Body) => (b.components[2] = null), 'components'],
    ['a string', (b: Body) => (b.components[0] = 'stile'), 'components'],
    ['not in an array (components is an object)', (b: Body) => (b.components = { name: 'x' }), 'components'],
  ])('refuses a component that is %s: 400', async (_what, change, field) => {
    expect(await fieldsOf(change)).toContain(field);
  });

  it.each([
    ['components missing', (b: Body) => delete b.components, 'components'],
    ['components empty', (b: Body) => (b.components = []), 'components'],
    ['a route that is a string', (b: Body) => (b.components[0].route = 'cutting'), 'components[0].route'],
    ['a route missing', (b: Body) => delete b.components[3].route, 'components[3].route'],
    // a process the factory does not have is the service's 422 (the list is the factory's); an empty code is malformed
    ['a route with an empty process code', (b: Body) => (b.components[0].route = ['']), 'components[0].route'],
    [
      'an input of an unknown type',
      (b: Body) => (b.inputs = [{ name: 'x', labelZh: 'x', labelEn: 'x', type: 'colour' }]),
      'inputs[0].type',
    ],
    [
      'a table row without a value',
      (b: Body) => (b.tables = [{ name: 't', key: 'finish', rows: [{ when: 'OAK' }] }]),
      'tables[0].rows[0].value',
    ],
    [
      'a feature of an unknown kind',
      (b: Body) => (b.components[0].features = [{ kind: 'laser' }]),
      'components[0].features[0].kind',
    ],
    [
      'an end cut of 30°',
      (b: Body) => (b.components[0].endCuts = { start: 'mitre30', end: 'square' }),
      'components[0].endCuts.start',
    ],
    ['a quantity that is a number', (b: Body) => (b.components[4].quantity = 2), 'components[4].quantity'],
    ['a component key unknown', (b: Body) => (b.components[0].colour = 'red'), 'components[0].colour'],
    ['parameters missing', (b: Body) => delete b.parameters, 'parameters'],
    ['parameters as an array', (b: Body) => (b.parameters = [1]), 'parameters'],
    ['a parameter that is an object', (b: Body) => (b.parameters = { jambT: { v: 25 } }), 'parameters'],
    ['a parameter of 1e308', (b: Body) => (b.parameters = { ...b.parameters, jambT: 1e308 }), 'parameters'],
    ['a name missing', (b: Body) => delete b.nameZh, 'nameZh'],
    ['a door type unknown', (b: Body) => (b.doorType = 'revolving'), 'doorType'],
    ['a code with a slash', (b: Body) => (b.code = 'A/B'), 'code'],
  ])('refuses %s: 400 naming the field', async (_what, change, field) => {
    expect(await fieldsOf(change)).toEqual([field]);
  });
});
