import { Raw } from './json';

/** A hand list of hostile values, added to what the schemas suggest. */

/** 6 KB of JSON nested 3,000 deep: a recursive validator or serializer overflows its stack on it. */
export const DEEP_ARRAY = new Raw('['.repeat(3000) + ']'.repeat(3000));
export const DEEP_OBJECT = new Raw('{"a":'.repeat(3000) + '1' + '}'.repeat(3000));

export const EXPONENT_NUMBERS: Raw[] = [
  '1e-7',
  '1e308',
  '-1e308',
  '1e999',
  '-0',
  '1E+2',
  '5e-324',
  '0.1e1',
  '123456789012345678901234567890',
  '1.0000000000000002',
  '-1',
  '0',
  '2147483648',
  '9007199254740993',
].map((text) => new Raw(text));

export const NUMBERS_AS_STRINGS = ['NaN', 'Infinity', '-Infinity', '1e3', '0x10', '', ' 1', '1,5', '１２'];

export const HUGE_STRINGS = (): string[] => ['A'.repeat(100_000), '门'.repeat(34_000), 'é'.repeat(50_000)];

export const UNICODE_STRINGS = [
  '江山欧派专卖店',
  '🚪🔨🪵👩🏽‍🔧',
  'مرحبا بالعالم',
  'שלום',
  'abc\u202Eexe.txt\u202C',
  'zero\u200Bwidth\u200D',
  'e\u0301\u0301\u0301',
  '\uD800',
  '\uDFFF\uD800',
  '\uFFFE\uFFFF',
  'Ω≈ç√∫˜µ≤≥÷',
  '𠜎𠜱𠝹𠱓',
];

export const CONTROL_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(64),
  '\u0007\u001b[31mred\u001b[0m',
  'line1\r\nline2',
  '\t\v\f',
  '\u007f\u0080\u009f',
  '\uFEFFbom',
  ' ',
  '',
  "=cmd|' /C calc'!A0",
  "' OR '1'='1' --",
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%ff',
];

/** Values of every JSON type, for a field that expects another. */
export const WRONG_TYPES: (string | number | boolean | null | object)[] = [
  'a string',
  12345,
  -1.5,
  true,
  false,
  null,
  {},
  { nested: { deeper: [1] } },
  [],
  [1, 'two', null],
  [{}],
];

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];
export const PROTOTYPE_VALUES = [
  { isAdmin: true, polluted: 'yes' },
  { prototype: { polluted: 'yes' } },
  null,
  'polluted',
  [],
];

/** Path segments, already as they go on the wire (percent-encoded where they must be). */
export const BAD_PATH_SEGMENTS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '3fa85f64-5717-4562-b3fc-2c963f66afa6x',
  'x'.repeat(5000),
  '1'.repeat(400),
  '..',
  '../..',
  '..%2F..%2Fhealth',
  '%2e%2e%2f%2e%2e%2f',
  '%00',
  'a%00b',
  '%ff%fe',
  '%C0%AF',
  '%E9%97%A8',
  '%F0%9F%9A%AA',
  '-1',
  '0',
  '99999999999999999999999999',
  '1e308',
  'NaN',
  '%27%20OR%20%271%27%3D%271',
  '%7Bid%7D',
  '%20',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'prototype',
  '%25',
  '%',
  '%zz',
];

export const BAD_LIMITS = ['-1', '0', '1e9', '1e308', 'abc', '1.5', '1e3', 'NaN', '', '99999999999999999999', '501'];
export const BAD_CURSORS = (): string[] => [
  'garbage',
  '',
  '%00',
  'x'.repeat(5000),
  Buffer.from('{"id":"x"}').toString('base64url'),
  Buffer.from('null').toString('base64url'),
  Buffer.from('[]').toString('base64url'),
  Buffer.from('{"at":"not-a-date","id":"00000000-0000-0000-0000-000000000000"}').toString('base64url'),
  Buffer.from('{"at":1e308,"id":1}').toString('base64url'),
  Buffer.from('["2026-01-01T00:00:00Z","not-a-uuid"]').toString('base64url'),
  Buffer.from('{"__proto__":{"x":1}}').toString('base64url'),
  Buffer.from('\u0000\u0001').toString('base64url'),
  '====',
  '%ff%fe',
  encodeURIComponent('门🚪'),
];
export const BAD_QUERY_VALUES = [
  'x'.repeat(5000),
  '%00',
  '%ff',
  encodeURIComponent('门🚪\u202E'),
  '-1',
  '1e308',
  'not-a-date',
  '2026-13-45T99:99:99Z',
  '99999-01-01',
  '%27%20OR%201%3D1--',
  '..%2F..%2F',
  '',
];
export const HOSTILE_QUERY_SUFFIXES = [
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  '__proto__=1',
  'limit[]=1&limit[]=2',
  'limit=1&limit=2',
  'limit[$gt]=1',
  'unknown=1',
  '%00=%00',
  `${'k'.repeat(3000)}=1`,
  'a=' + '&a='.repeat(500),
];
