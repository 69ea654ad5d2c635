import { describe, expect, it } from 'vitest';
import { joinWait, moved, toProcessBody, toProcessForm, waitParts } from './process-form';
import type { Process } from './process-queries';

const curing: Process = {
  id: '0b0d9b4e-2f7c-4d5e-9d6b-2a6a5f0c1e11',
  code: 'curing',
  nameZh: '养生',
  nameEn: 'Curing',
  minWaitMinutes: 1440,
  instructions: '冷压后静置 24 小时。\n检查开胶。',
  sort: 5,
  active: true,
  createdAt: '2026-11-30T01:00:00.000Z',
  updatedAt: '2026-11-30T01:00:00.000Z',
};

describe('the process dialog', () => {
  it('sends a stored process back as it was', () => {
    expect(toProcessBody(toProcessForm(curing))).toEqual({
      nameZh: '养生',
      nameEn: 'Curing',
      minWaitMinutes: 1440,
      instructions: '冷压后静置 24 小时。\n检查开胶。',
    });
  });

  it('sends the instructions without blank lines around them, and empty ones to clear them', () => {
    const form = { code: 'x', nameZh: '精裁', nameEn: 'Trimming', minWaitMinutes: 0 };
    expect(toProcessBody({ ...form, instructions: '\n  先量尺寸。\n  再裁。\n\n' }).instructions).toBe(
      '先量尺寸。\n  再裁。',
    );
    expect(toProcessBody({ ...form, instructions: '  \n ' }).instructions).toBe('');
  });

  it('trims the names a planner typed', () => {
    expect(
      toProcessBody({ code: 'x', nameZh: ' 精裁 ', nameEn: 'Trimming ', minWaitMinutes: 0, instructions: '' }),
    ).toMatchObject({
      nameZh: '精裁',
      nameEn: 'Trimming',
    });
  });

  it('shows a wait as hours and minutes and reads it back', () => {
    expect(waitParts(1440)).toEqual({ hours: 24, minutes: 0 });
    expect(waitParts(90)).toEqual({ hours: 1, minutes: 30 });
    expect(waitParts(45)).toEqual({ hours: 0, minutes: 45 });
    expect(waitParts(0)).toEqual({ hours: 0, minutes: 0 });
    expect(joinWait(24, null)).toBe(1440);
    expect(joinWait(null, 45)).toBe(45);
    expect(joinWait(1, 30)).toBe(90);
    expect(joinWait(null, null)).toBe(0);
  });
});

describe('moving a process', () => {
  const codes = ['cutting', 'pressing', 'curing'];

  it('swaps it with its neighbour', () => {
    expect(moved(codes, 2, -1)).toEqual(['cutting', 'curing', 'pressing']);
    expect(moved(codes, 0, 1)).toEqual(['pressing', 'cutting', 'curing']);
  });

  it('leaves the list as it is at either end', () => {
    expect(moved(codes, 0, -1)).toEqual(codes);
    expect(moved(codes, 2, 1)).toEqual(codes);
  });
});
