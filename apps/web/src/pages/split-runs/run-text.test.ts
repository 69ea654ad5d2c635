import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../../api/client';
import { downloadName, formatPercent, progressStage, refusedOrderNumbers, remnantUse, startRefusal } from './run-text';

const problem = (code: string, params: Record<string, unknown>): ApiProblem =>
  ({ type: 'x', title: 't', status: 422, detail: 'd', code, params, requestId: 'r' }) as unknown as ApiProblem;

describe('progressStage', () => {
  it('names each stage the split job reports', () => {
    expect(progressStage('loading orders / 读取订单')).toEqual({ key: 'splitRuns.stage.loading' });
    expect(progressStage('638 parts / 部件已拆分')).toEqual({
      key: 'splitRuns.stage.exploded',
      params: { parts: 638 },
    });
    expect(progressStage('LVL-40 / 材料优化完成')).toEqual({
      key: 'splitRuns.stage.optimised',
      params: { material: 'LVL-40' },
    });
    expect(progressStage('saving results / 保存结果')).toEqual({ key: 'splitRuns.stage.saving' });
    expect(progressStage('split done / 拆单完成')).toEqual({ key: 'splitRuns.stage.done' });
  });

  it('says nothing of a note it does not know, or of none', () => {
    expect(progressStage('warming up')).toBeNull();
    expect(progressStage(null)).toBeNull();
  });
});

describe('startRefusal', () => {
  it('says the caps with their numbers', () => {
    expect(startRefusal(problem('split_run.too_many_doors', { doors: 5200, max: 5000 }))).toEqual({
      key: 'splitRuns.refused.tooManyDoors',
      params: { doors: 5200, max: 5000 },
    });
    expect(startRefusal(problem('split_run.too_many_pieces', { pieces: 300000, max: 200000 }))?.params).toEqual({
      pieces: 300000,
      max: 200000,
    });
  });

  it('names the orders that cannot be split', () => {
    const refused = problem('split_run.orders_not_splittable', {
      orders: [
        { orderNo: 'SO-1', status: 'draft', code: 'order.not_confirmed' },
        { orderNo: 'SO-2', status: 'cancelled', code: 'order.not_splittable' },
      ],
    });
    expect(startRefusal(refused)).toEqual({ key: 'splitRuns.refused.notSplittable', params: { orders: 'SO-1, SO-2' } });
    expect(refusedOrderNumbers({ problem: refused })).toEqual(['SO-1', 'SO-2']);
    expect(refusedOrderNumbers({ problem: problem('split_run.too_many_doors', {}) })).toEqual([]);
    expect(refusedOrderNumbers(new Error('network'))).toEqual([]);
  });

  it('leaves other refusals to the api’s own words', () => {
    expect(startRefusal(problem('request.validation_failed', {}))).toBeNull();
  });
});

describe('formatPercent and downloadName', () => {
  it('write a yield per language and a file name per run', () => {
    expect(formatPercent(0.7937, 'en')).toBe('79.4%');
    expect(formatPercent(1, 'zh-CN')).toBe('100.0%');
    expect(downloadName('437df9ff-ba79-4a5e-beed-42524544dd41', 'cut-list', 'csv')).toBe('split-437df9ff-cut-list.csv');
  });
});

describe('remnantUse', () => {
  it('sums the remnants a run cut from and the new stock they spared', () => {
    const summary = {
      remnantsUsed: [
        { item: 'CASING-60-R1180', material: 'CASING-60', quantity: 3 },
        { item: 'HDF-8-R440x1210', material: 'HDF-8', quantity: 2 },
      ],
      remnantSaving: [
        { material: 'CASING-60', remnantsUsed: 3, stockNotUsed: 1 },
        { material: 'HDF-8', remnantsUsed: 2, stockNotUsed: null },
      ],
    };
    expect(remnantUse(summary)).toEqual({ used: 5, saved: 1 });
  });

  it('is nothing for a run that cut new stock only, or a summary from before remnants', () => {
    expect(remnantUse({ remnantsUsed: [], remnantSaving: [] })).toBeNull();
    expect(remnantUse({ bars: 12 })).toBeNull();
    expect(remnantUse(null)).toBeNull();
  });
});
