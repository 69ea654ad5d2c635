const NAME = /^[A-Za-z_:][\w.:-]*$/;
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/y;

/** Problems that make `xml` not well-formed (a small subset of XML 1.0: enough for generated SVG), [] when fine. */
export function xmlWellFormednessErrors(xml: string): string[] {
  const errors: string[] = [];
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    if (xml[i] !== '<') {
      const end = xml.indexOf('<', i);
      const text = xml.slice(i, end < 0 ? xml.length : end);
      errors.push(...checkCharacterData(text, `text at ${i}`));
      if (open.length === 0 && text.trim() !== '') errors.push(`text outside the root element at ${i}`);
      i += text.length;
      continue;
    }
    const end = findTagEnd(xml, i);
    if (end < 0) return [...errors, `unterminated markup at ${i}`];
    const tag = xml.slice(i, end + 1);
    i = end + 1;
    if (tag.startsWith('<?') || tag.startsWith('<!--')) continue;
    if (tag.startsWith('</')) {
      const name = tag.slice(2, -1).trim();
      const expected = open.pop();
      if (name !== expected) errors.push(`closing </${name}> where </${expected ?? '(none)'}> was expected`);
      continue;
    }
    const selfClosing = tag.endsWith('/>');
    const inner = tag.slice(1, selfClosing ? -2 : -1);
    const name = inner.split(/\s/, 1)[0];
    if (!NAME.test(name)) errors.push(`bad element name "${name}"`);
    errors.push(...checkAttributes(inner.slice(name.length), name));
    if (open.length === 0) roots += 1;
    if (!selfClosing) open.push(name);
  }
  if (open.length > 0) errors.push(`unclosed elements: ${open.join(', ')}`);
  if (roots !== 1) errors.push(`${roots} root elements`);
  return errors;
}

function findTagEnd(xml: string, start: number): number {
  if (xml.startsWith('<!--', start)) {
    const end = xml.indexOf('-->', start + 4);
    return end < 0 ? -1 : end + 2;
  }
  let quote = '';
  for (let j = start + 1; j < xml.length; j += 1) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '<') return -1;
    else if (c === '>') return j;
  }
  return -1;
}

function checkAttributes(source: string, element: string): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  const pattern = /\s+([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/y;
  let rest = source;
  while (rest.trim() !== '') {
    pattern.lastIndex = 0;
    const match = pattern.exec(rest);
    if (!match) return [...errors, `malformed attributes in <${element}>: ${rest.slice(0, 40)}`];
    const [all, name, , double, single] = match;
    if (!NAME.test(name)) errors.push(`bad attribute name "${name}" in <${element}>`);
    if (seen.has(name)) errors.push(`duplicate attribute ${name} in <${element}>`);
    seen.add(name);
    const value = double ?? single ?? '';
    if (value.includes('<')) errors.push(`"<" in attribute ${name} of <${element}>`);
    errors.push(...checkCharacterData(value, `attribute ${name} of <${element}>`));
    rest = rest.slice(all.length);
  }
  return errors;
}

function checkCharacterData(text: string, where: string): string[] {
  const errors: string[] = [];
  for (let k = text.indexOf('&'); k >= 0; k = text.indexOf('&', k + 1)) {
    REFERENCE.lastIndex = k;
    if (!REFERENCE.test(text)) errors.push(`bare "&" in ${where}`);
  }
  if (text.includes('>') && text.includes(']]>')) errors.push(`"]]>" in ${where}`);
  return errors;
}
