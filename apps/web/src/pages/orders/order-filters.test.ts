import { describe, expect, it } from 'vitest';
import { filtersFromSearch, hasFilters, isDay, listQuery, searchFromFilters } from './order-filters';

describe('order list filters', () => {
  it('read from a link what they can use, dropping unknown states, non-days and a backwards range', () => {
    const filters = filtersFromSearch(
      new URLSearchParams(
        'status=draft&status=bogus&status=draft&status=confirmed&customer=江山&q=SO-&dueFrom=2026-12-10&dueTo=2026-12-01&createdFrom=2026-02-30&createdTo=2026-11-30',
      ),
    );
    expect(filters).toEqual({
      status: ['draft', 'confirmed'],
      customer: '江山',
      q: 'SO-',
      dueFrom: '2026-12-10',
      createdTo: '2026-11-30',
    });
  });

  it('go back into the address bar unchanged, so a reload or a shared link keeps them', () => {
    const search = 'status=draft&status=split&customer=%E6%B1%9F%E5%B1%B1&q=SO&dueFrom=2026-12-01&dueTo=2026-12-31';
    expect(searchFromFilters(filtersFromSearch(new URLSearchParams(search))).toString()).toBe(search);
  });

  it('leave empty and blank texts out of the api query, and trim the rest', () => {
    const filters = { status: [], customer: '  ', q: ' SO-1 ' };
    expect(listQuery(filters)).toEqual({ q: 'SO-1' });
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters({ status: [], customer: '', q: '' })).toBe(false);
    expect(searchFromFilters({ status: [], customer: ' ', q: '' }).toString()).toBe('');
  });

  it('know a calendar day from text that only looks like one', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-12-01T00:00')).toBe(false);
    expect(isDay(null)).toBe(false);
  });
});
