import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import page from '../index.html?raw';
import { App } from './app';

describe(App.name, () => {
  it('names the product in Chinese first, then English', () => {
    const html = renderToStaticMarkup(<App />);
    expect(html).toContain('<h1>门道 Mendao</h1>');
    expect(html.indexOf('木门工厂')).toBeLessThan(html.indexOf('wooden-door'));
  });

  it('is a zh-CN page titled 门道 Mendao', () => {
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<title>门道 Mendao</title>');
  });
});
