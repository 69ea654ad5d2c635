import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { ApiError, type ApiProblem } from '../../api/client';
import { showProblem, topLevel } from './form-problem';

function problem(errors: { field: string; message: string }[]): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: 'Unprocessable',
    status: 422,
    detail: 'invalid machine / 设备数据有误',
    code: 'validation.failed',
    requestId: 'r1',
    errors,
  } as unknown as ApiProblem);
}

function fakeForm() {
  const set: { name: (string | number)[]; errors: string[] }[][] = [];
  const form = { setFields: (fields: { name: (string | number)[]; errors: string[] }[]) => set.push(fields) };
  return { form: form as unknown as FormInstance, set };
}

describe('a refused save shown at its fields', () => {
  it('puts each error under the field it names, in the screen language, and the rest above the form', () => {
    const { form, set } = fakeForm();
    const elsewhere = showProblem(
      form,
      problem([
        { field: 'code', message: 'is taken in this factory / 该设备编码已被使用' },
        { field: 'body', message: 'unexpected property' },
      ]),
      topLevel(['code', 'name']),
      'network',
    );
    expect(set).toEqual([[{ name: ['code'], errors: ['该设备编码已被使用'] }]]);
    expect(elsewhere).toEqual(['body: unexpected property']);
  });

  it('renames the api fields the form holds as one (from and to → span), a break at its row', () => {
    const { form, set } = fakeForm();
    showProblem(
      form,
      problem([
        { field: 'to', message: 'must be after from' },
        { field: 'breaks[1].end', message: 'HH:MM' },
      ]),
      (name) => name[0] === 'span' || name[0] === 'breaks',
      'network',
      (name) => (name[0] === 'from' || name[0] === 'to' ? ['span'] : name),
    );
    expect(set).toEqual([
      [
        { name: ['span'], errors: ['must be after from'] },
        { name: ['breaks', 1, 'end'], errors: ['HH:MM'] },
      ],
    ]);
  });

  it('says the server cannot be reached when the failure is not an api answer', () => {
    const { form, set } = fakeForm();
    expect(showProblem(form, new Error('Failed to fetch'), () => true, '无法连接服务器')).toEqual(['无法连接服务器']);
    expect(set).toEqual([]);
  });
});
