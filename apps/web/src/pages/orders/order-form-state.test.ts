import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { createBody, doorCount, formProblem, formValuesOf, lineBody, nextLine, updateBody } from './order-form-state';
import type { DoorModel, Order } from './order-types';

const model = (code: string, doorType: DoorModel['doorType']) => ({ code, doorType }) as DoorModel;
const MODELS = new Map([
  ['PD-SS01', model('PD-SS01', 'single')],
  ['PD-ZM01', model('PD-ZM01', 'unequal_pair')],
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
      productCode: 'PD-ZM01',
      productVersion: 1,
      width: 1200,
      height: 2100,
      wallThickness: 240,
      masterWidth: 800,
      swing: '左内开',
      finish: 'OAK',
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
          productCode: ' PD-SS01 ',
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
      productCode: 'PD-SS01',
      width: 900,
      height: 2100,
      wallThickness: 120,
      swing: '左内开',
      finish: 'OAK',
      quantity: 1,
    });
    expect(lineBody({ productCode: 'PD-ZM01', masterWidth: null }, MODELS)).toMatchObject({ masterWidth: 0 });
  });

  it('sends a number left empty as 0, so the api names the field rather than the request failing whole', () => {
    expect(lineBody({ productCode: 'PD-SS01' }, MODELS)).toMatchObject({ width: 0, height: 0, quantity: 0 });
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
      nextLine({ productCode: 'PD-SS01', width: 900, wallThickness: 120, swing: 'L', finish: 'OAK', room: '主卧' }),
    ).toEqual({
      productCode: 'PD-SS01',
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
