import { describe, expect, it } from 'vitest';
import { processLabel } from './process-label';

const processes = [
  { code: 'painting', nameZh: '喷涂', nameEn: 'Spraying' },
  { code: 'pressing', nameZh: '冷压', nameEn: 'Cold pressing' },
];
const fixed = (code: string) => `fixed:${code}`;

describe('processLabel', () => {
  it("uses the factory's process name where the code matches, in the screen's language", () => {
    expect(processLabel('painting', processes, 'zh-CN', fixed)).toBe('喷涂');
    expect(processLabel('pressing', processes, 'en', fixed)).toBe('Cold pressing');
  });
  it('falls back to the fixed label for a code the factory has no process for, or before the list is loaded', () => {
    expect(processLabel('cnc', processes, 'zh-CN', fixed)).toBe('fixed:cnc');
    expect(processLabel('painting', undefined, 'zh-CN', fixed)).toBe('fixed:painting');
  });
});
