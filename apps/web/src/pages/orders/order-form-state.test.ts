import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  createBody,
  doorCount,
  doorTypeOf,
  formProblem,
  formValuesOf,
  lineBody,
  linesWithOptionErrors,
  needsMasterWidth,
  nextLine,
  optionsForModel,
  updateBody,
} from './order-form-state';
import type { DoorModel, ModelInput, Order } from './order-types';

const model = (code: string, doorType: DoorModel['doorType'], inputs: ModelInput[] = []) =>
  ({ code, doorType, inputs }) as unknown as DoorModel;
const DOOR_TYPE: ModelInput = {
  name: 'doorType',
  labelZh: '门类型',
  labelEn: 'Door type',
  type: 'enum',
  options: [
    { value: 'single', labelZh: '单开', labelEn: 'single' },
    { value: 'unequal_pair', labelZh: '子母门', labelEn: 'unequal pair' },
  ],
  default: 'single',
};
const TRANSOM: ModelInput = {
  name: 'transom',
  labelZh: '是否有顶窗',
  labelEn: 'Transom',
  type: 'boolean',
  default: false,
};
const FLOOR: ModelInput = {
  name: 'floorT',
  labelZh: '地板厚',
  labelEn: 'Floor thickness',
  type: 'number',
  unit: 'mm',
  min: 0,
  max: 30,
  default: 0,
};
const CARVING: ModelInput = { name: 'carving', labelZh: '雕花', labelEn: 'Carving', type: 'text' };
const GLASS: ModelInput = { name: 'glass', labelZh: '玻璃', labelEn: 'Glass', type: 'boolean', default: true };
const MODELS = new Map([
  ['PD-PLAIN', model('PD-PLAIN', 'single')],
  ['ZM-FIXED', model('ZM-FIXED', 'unequal_pair')],
  ['PD-LVL01', model('PD-LVL01', 'single', [DOOR_TYPE, TRANSOM, FLOOR, CARVING])],
  ['PD-MY01', model('PD-MY01', 'single', [DOOR_TYPE, GLASS, { ...FLOOR, max: 20, default: 5 }])],
]);

const ORDER: Order = {
  id: '9c871844-b1b9-4735-b8ed-b6ab3baccc12',
  orderNo: 'SO-1',
  customer: '江山欧派',
  dueDate: '2026-12-20',
  status: 'draft',
  splitStale: false,
  lastSplitRunId: null,
  createdAt: '2026-11-03T08:30:00.000Z',
  lines: [
    {
      id: '27ce965f-ca68-4b12-ad93-cecbbfcee5ff',
      lineNo: 1,
      productCode: 'ZM-FIXED',
      productVersion: 1,
      width: 1200,
      height: 2100,
      wallThickness: 240,
      masterWidth: 800,
      swing: 'left-in',
      finish: 'OAK',
      options: {},
      quantity: 2,
      room: '入户',
      note: null,
    },
  ],
};

describe('the order form’s state', () => {
  it('gives the api back the order it was loaded from', () => {
    const values = formValuesOf(ORDER);
    expect(values.dueDate?.format('YYYY-MM-DD')).toBe('2026-12-20');
    const { productCode, width, height, wallThickness, masterWidth, swing, finish, quantity, room } = ORDER.lines[0];
    const line = { productCode, width, height, wallThickness, masterWidth, swing, finish, quantity, room };
    expect(updateBody(values, MODELS, ORDER)).toEqual({ customer: '江山欧派', dueDate: '2026-12-20', lines: [line] });
  });

  it('trims texts, leaves empty optional ones out and sends a master width only for a 子母门', () => {
    expect(
      lineBody(
        {
          productCode: ' PD-PLAIN ',
          width: 900,
          height: 2100,
          wallThickness: 120,
          masterWidth: 500,
          swing: ' 左内开',
          finish: 'OAK ',
          quantity: 1,
          room: '  ',
          note: '',
        },
        MODELS,
      ),
    ).toEqual({
      productCode: 'PD-PLAIN',
      width: 900,
      height: 2100,
      wallThickness: 120,
      swing: '左内开',
      finish: 'OAK',
      quantity: 1,
    });
    expect(lineBody({ productCode: 'ZM-FIXED', masterWidth: null }, MODELS)).toMatchObject({ masterWidth: 0 });
  });

  it('sends a number left empty as 0, so the api names the field rather than the request failing whole', () => {
    expect(lineBody({ productCode: 'PD-PLAIN' }, MODELS)).toMatchObject({ width: 0, height: 0, quantity: 0 });
  });

  it('creates with a due date only when one is picked, and clears one on edit with null', () => {
    const values = { orderNo: ' SO-2 ', customer: '张三', dueDate: null, lines: [nextLine()] };
    expect(createBody(values, MODELS)).not.toHaveProperty('dueDate');
    expect(createBody(values, MODELS).orderNo).toBe('SO-2');
    expect(createBody({ ...values, dueDate: dayjs('2026-12-01') }, MODELS).dueDate).toBe('2026-12-01');
    expect(updateBody(values, MODELS, { dueDate: '2026-12-20' }).dueDate).toBeNull();
    expect(updateBody(values, MODELS, { dueDate: null })).not.toHaveProperty('dueDate');
  });

  it('starts a new row with the previous row’s model, wall, swing and finish, its own sizes and one door', () => {
    expect(
      nextLine({ productCode: 'PD-PLAIN', width: 900, wallThickness: 120, swing: 'L', finish: 'OAK', room: '主卧' }),
    ).toEqual({
      productCode: 'PD-PLAIN',
      options: undefined,
      wallThickness: 120,
      swing: 'L',
      finish: 'OAK',
      width: null,
      height: null,
      masterWidth: null,
      quantity: 1,
    });
  });

  it('counts doors, ignoring quantities not typed yet', () => {
    expect(doorCount([{ quantity: 2 }, { quantity: null }, { quantity: 3 }])).toBe(5);
  });
});

describe('a line’s model inputs', () => {
  const lvl = MODELS.get('PD-LVL01');
  const line = {
    productCode: 'PD-LVL01',
    width: 1200,
    height: 2100,
    wallThickness: 240,
    masterWidth: 800,
    swing: '左内开',
    finish: 'OAK',
    quantity: 1,
  };

  it('prefills each input of a newly chosen model with its default (none for an input without one)', () => {
    expect(optionsForModel(lvl)).toEqual({ doorType: 'single', transom: false, floorT: 0, carving: null });
    expect(optionsForModel(MODELS.get('PD-PLAIN'))).toEqual({});
  });

  it('drops the old model’s inputs on a switch, keeping a value the new model takes under the same name', () => {
    const before = { doorType: 'unequal_pair', transom: true, floorT: 25, carving: '回纹' };
    // floorT 25 is beyond PD-MY01's 20: left empty for the planner to choose (not its default, unseen);
    // transom and carving are PD-LVL01's alone; glass is new, at its default
    expect(optionsForModel(MODELS.get('PD-MY01'), before)).toEqual({
      doorType: 'unequal_pair',
      glass: true,
      floorT: null,
    });
    expect(optionsForModel(MODELS.get('PD-PLAIN'), before)).toEqual({});
  });

  it('sends the model’s input values, leaving out empty ones and any the model does not declare', () => {
    expect(
      lineBody(
        { ...line, options: { doorType: 'unequal_pair', transom: true, floorT: 0, carving: '  ', stale: 'x' } },
        MODELS,
      ),
    ).toEqual({ ...line, options: { doorType: 'unequal_pair', transom: true, floorT: 0 } });
    expect(lineBody({ ...line, productCode: 'PD-PLAIN', options: { transom: true } }, MODELS)).not.toHaveProperty(
      'options',
    );
  });

  it('sends a master width only when the line’s door type is 子母门', () => {
    expect(lineBody({ ...line, options: { doorType: 'single' } }, MODELS)).not.toHaveProperty('masterWidth');
    expect(lineBody({ ...line, options: { doorType: 'unequal_pair' } }, MODELS)).toMatchObject({ masterWidth: 800 });
    expect(needsMasterWidth(lvl, { doorType: 'unequal_pair' })).toBe(true);
    expect(needsMasterWidth(lvl, {})).toBe(false);
    // a model without a doorType input has its own type, whatever the options say
    expect(doorTypeOf(MODELS.get('ZM-FIXED'), { doorType: 'single' })).toBe('unequal_pair');
  });

  it('loads an order’s input values and handing code, and a new row keeps the previous row’s inputs', () => {
    const order = {
      ...ORDER,
      lines: [{ ...ORDER.lines[0], productCode: 'PD-LVL01', options: { doorType: 'unequal_pair', transom: true } }],
    };
    const values = formValuesOf(order);
    expect(values.lines[0]).toMatchObject({ swing: 'left-in', options: { doorType: 'unequal_pair', transom: true } });
    expect(updateBody(values, MODELS, order).lines?.[0]).toMatchObject({
      swing: 'left-in',
      options: { doorType: 'unequal_pair', transom: true },
      masterWidth: 800,
    });
    const next = nextLine(values.lines[0]);
    expect(next.options).toEqual({ doorType: 'unequal_pair', transom: true });
    expect(next.options).not.toBe(values.lines[0].options);
  });
});

describe(linesWithOptionErrors.name, () => {
  it('names the rows whose inputs were refused, once each', () => {
    expect(
      linesWithOptionErrors({
        errors: [
          { field: 'lines[1].options.transom', message: 'x' },
          { field: 'lines[1].options.floorT', message: 'y' },
          { field: 'lines[0].swing', message: 'z' },
          { field: 'lines[3].options.doorType', message: 'w' },
        ],
      } as Parameters<typeof linesWithOptionErrors>[0]),
    ).toEqual([1, 3]);
  });
});

describe(formProblem.name, () => {
  it('puts a whole line’s error on its model cell and leaves the others where the api put them', () => {
    const problem = formProblem({
      code: 'order.lines_rejected',
      errors: [
        { field: 'lines[2]', message: 'rule fails' },
        { field: 'lines[0].width', message: 'too wide' },
        { field: 'lines', message: 'too many doors' },
      ],
    } as Parameters<typeof formProblem>[0]);
    expect(problem.errors?.map((e) => e.field)).toEqual(['lines[2].productCode', 'lines[0].width', 'lines']);
  });
});
