import { describe, expect, it } from 'vitest';
import page from '../index.html?raw';

describe('index.html', () => {
  it('is a zh-CN page titled 门道 Mendao (the api serves it at / and for every client route)', () => {
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<title>门道 Mendao</title>');
    expect(page).toContain('<div id="root"></div>');
  });
});
