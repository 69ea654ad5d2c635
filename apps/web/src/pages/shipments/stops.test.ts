import { describe, expect, it } from 'vitest';
import { moveStop, withSelection } from './stops';

describe(moveStop.name, () => {
  const stops = ['A', 'B', 'C', 'D'];

  it('moves a stop up one place, and down one place', () => {
    expect(moveStop(stops, 2, 1)).toEqual(['A', 'C', 'B', 'D']);
    expect(moveStop(stops, 0, 1)).toEqual(['B', 'A', 'C', 'D']);
  });

  it('moves a stop dragged over another to that place', () => {
    expect(moveStop(stops, 3, 0)).toEqual(['D', 'A', 'B', 'C']);
    expect(moveStop(stops, 0, 3)).toEqual(['B', 'C', 'D', 'A']);
  });

  it('keeps the first first when moved up and the last last when moved down, without changing the list given', () => {
    expect(moveStop(stops, 0, -1)).toEqual(stops);
    expect(moveStop(stops, 3, 4)).toEqual(stops);
    expect(moveStop(stops, 7, 0)).toEqual(stops);
    expect(stops).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe(withSelection.name, () => {
  it('keeps the planned order of the orders still ticked and adds newly ticked ones at the end', () => {
    expect(withSelection(['B', 'A'], ['A', 'B', 'C'])).toEqual(['B', 'A', 'C']);
    expect(withSelection(['B', 'A', 'C'], ['C', 'A'])).toEqual(['A', 'C']);
    expect(withSelection([], [])).toEqual([]);
  });
});
