import { yesNo } from './variables';
import { lineProblems } from './explode';
import { parseHanding } from './handing';
import type { ProductDefinition, ProductInput, RuleProblem } from './product';
import type { DoorLine } from './product-program';

/** An order line as entered or imported: sizes, the handing as written, and the model's inputs as written. */
export interface LineInput {
  width: number;
  height: number;
  wallThickness: number;
  masterWidth?: number | null;
  quantity: number;
  finish: string;
  swing: string;
  options?: Readonly<Record<string, unknown>> | null;
}

export type OptionValue = number | string | boolean;

const TEXT_MAX = 80;

/**
 * One input's value as a dealer writes it → the stored value, or why not: numbers may come as text ("2100"),
 * booleans as 是/否, 有/无, yes/no, 1/0; an enum value as its code or either label (case and spaces ignored).
 */
export function optionValue(input: ProductInput, raw: unknown): { value: OptionValue } | { problem: string } {
  switch (input.type) {
    case 'number': {
      const value =
        typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : NaN;
      if (!Number.isFinite(value)) return { problem: `${input.name} must be a number / ${input.labelZh}必须是数字` };
      if ((input.min !== undefined && value < input.min) || (input.max !== undefined && value > input.max)) {
        const unit = input.unit ? ` ${input.unit}` : '';
        return {
          problem: `${input.name} ${value} is outside ${input.min ?? '…'}–${input.max ?? '…'}${unit} / ${input.labelZh}超出范围 ${input.min ?? '…'}–${input.max ?? '…'}${unit}`,
        };
      }
      return { value };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      // an empty cell of a yes/no column is a no
      const answer = String(raw).trim() === '' ? false : yesNo(String(raw));
      if (answer !== null) return { value: answer };
      return { problem: `${input.name} must be yes or no / ${input.labelZh}请填 是 或 否` };
    }
    case 'enum': {
      const text = String(raw).trim().toLowerCase().replace(/\s+/g, '');
      const option = (input.options ?? []).find((o) =>
        [o.value, o.labelZh, o.labelEn].some((word) => word.toLowerCase().replace(/\s+/g, '') === text),
      );
      if (!option) {
        const values = (input.options ?? []).map((o) => `${o.labelZh} (${o.value})`).join(', ');
        return { problem: `${input.name} "${String(raw)}" is not one of ${values} / ${input.labelZh}只能是 ${values}` };
      }
      return { value: option.value };
    }
    case 'text': {
      if (typeof raw !== 'string' && typeof raw !== 'number')
        return { problem: `${input.name} must be text / ${input.labelZh}必须是文本` };
      const text = String(raw).trim();
      if (text.length > TEXT_MAX) return { problem: `${input.name} is longer than ${TEXT_MAX} / ${input.labelZh}过长` };
      return { value: text };
    }
  }
}

/**
 * A line as the split will read it, with every problem at once: the handing parsed (swing), each input's value
 * checked and normalised (missing → its default; no default → a problem), unknown inputs refused, then the
 * sizes and rules (lineProblems). Fields are the line's (`swing`, `options.doorType`, `width`); a rule that
 * fails has `rule` set.
 */
export function resolveLine(product: ProductDefinition, input: LineInput): { door: DoorLine; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const parsed = parseHanding(input.swing);
  if ('problem' in parsed) problems.push({ field: 'swing', message: parsed.problem });
  const options: Record<string, OptionValue> = {};
  const declared = new Map((product.inputs ?? []).map((i) => [i.name, i]));
  for (const name of Object.keys(input.options ?? {})) {
    if (!declared.has(name))
      problems.push({
        field: `options.${name}`,
        message: `${product.code} has no input "${name}" / 门型 ${product.code} 没有输入项 "${name}"`,
      });
  }
  for (const [name, definition] of declared) {
    const raw = input.options && Object.hasOwn(input.options, name) ? input.options[name] : undefined;
    const missing = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
    if (missing) {
      if (definition.default !== undefined) options[name] = definition.default;
      else
        problems.push({
          field: `options.${name}`,
          message: `${name} is required for ${product.code} / ${definition.labelZh}必填`,
        });
      continue;
    }
    const value = optionValue(definition, raw);
    if ('problem' in value) problems.push({ field: `options.${name}`, message: value.problem });
    else options[name] = value.value;
  }
  const door: DoorLine = {
    width: input.width,
    height: input.height,
    wallThickness: input.wallThickness,
    masterWidth: input.masterWidth ?? null,
    quantity: input.quantity,
    finish: input.finish.trim(),
    handing: 'handing' in parsed ? parsed.handing.code : null,
    options,
  };
  if (problems.length === 0) {
    problems.push(...lineProblems(product, door));
  } else {
    // every problem of the line in one answer: with what could be read (refused inputs at their defaults), the
    // line's own values (sizes, a finish no table knows) are checked too; the rules wait for a line that reads
    const readable = { ...door, options: { ...defaultsOf(product), ...options } };
    const reported = new Set(problems.map((p) => p.field));
    problems.push(...lineProblems(product, readable).filter((p) => p.rule === undefined && !reported.has(p.field)));
  }
  return { door, problems };
}

function defaultsOf(product: ProductDefinition): Record<string, OptionValue> {
  return Object.fromEntries(
    (product.inputs ?? []).flatMap((i) => (i.default === undefined ? [] : [[i.name, i.default] as const])),
  );
}
