import { shiftTimeProblems } from './shift-times';

const fields = (shift: Parameters<typeof shiftTimeProblems>[0]) => shiftTimeProblems(shift).map((p) => p.field);

describe('shiftTimeProblems', () => {
  it('accepts a day shift with lunch and a night shift crossing midnight with a break after it', () => {
    expect(fields({ start: '08:00', end: '17:30', breaks: [{ start: '12:00', end: '13:00' }] })).toEqual([]);
    expect(
      fields({
        start: '20:00',
        end: '05:00',
        breaks: [
          { start: '23:30', end: '00:30' },
          { start: '02:00', end: '02:15' },
        ],
      }),
    ).toEqual([]);
  });

  it('takes end = start as a 24-hour shift, whose breaks may end at its start', () => {
    expect(fields({ start: '06:00', end: '06:00', breaks: [{ start: '05:30', end: '06:00' }] })).toEqual([]);
  });

  it('refuses times that are not HH:MM', () => {
    expect(fields({ start: '8:00', end: '24:00', breaks: [] })).toEqual(['start', 'end']);
    expect(fields({ start: '08:00', end: '17:00', breaks: [{ start: '12:60', end: '13:00' }] })).toEqual([
      'breaks[0].start',
    ]);
  });

  it('refuses a break outside its shift, one that ends before it starts, and overlapping breaks', () => {
    expect(fields({ start: '08:00', end: '17:30', breaks: [{ start: '17:00', end: '18:00' }] })).toEqual(['breaks[0]']);
    expect(fields({ start: '08:00', end: '17:30', breaks: [{ start: '07:00', end: '08:30' }] })).toEqual(['breaks[0]']);
    expect(fields({ start: '08:00', end: '17:30', breaks: [{ start: '13:00', end: '12:00' }] })).toEqual(['breaks[0]']);
    expect(fields({ start: '20:00', end: '05:00', breaks: [{ start: '05:30', end: '06:00' }] })).toEqual(['breaks[0]']);
    expect(
      fields({
        start: '08:00',
        end: '17:30',
        breaks: [
          { start: '12:00', end: '13:00' },
          { start: '12:30', end: '12:45' },
        ],
      }),
    ).toEqual(['breaks[1]']);
  });
});
