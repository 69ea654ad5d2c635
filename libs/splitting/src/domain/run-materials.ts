import type { ProductDefinition } from './product';
import { MATERIAL_PLACEHOLDER } from './variables';

/**
 * Whether a run of these door models may cut from a material, known before its lines are exploded: a material
 * code matches one of the models' material templates (components and edge bands). A `{name}` placeholder naming
 * one of the model's tables stands for one of the table's values (and, unfilled, for itself); any other for any
 * text, since its value is known only from each line. A superset of the plan's materials, so a run claims the
 * remnants of what it may cut and leaves the rest to runs planning at the same time.
 */
export function mayCutFrom(products: Iterable<ProductDefinition>): (material: string) => boolean {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const product of products) {
    const values = tableValues(product);
    for (const rule of product.components)
      for (const template of [rule.material, ...Object.values(rule.edgeBanding ?? {})]) {
        if (typeof template !== 'string' || template === '') continue;
        if (!template.includes('{')) exact.add(template);
        else patterns.push(templatePattern(template, values));
      }
  }
  return (material) => exact.has(material) || patterns.some((p) => p.test(material));
}

/** A table's possible values by its name, unless another variable of the model shares the name (then: unknown). */
function tableValues(product: ProductDefinition): Map<string, string[]> {
  const others = new Set([
    ...Object.keys(product.parameters),
    ...(product.inputs ?? []).map((i) => i.name),
    ...(product.derived ?? []).map((d) => d.name),
  ]);
  const out = new Map<string, string[]>();
  for (const table of product.tables ?? []) {
    if (others.has(table.name) || out.has(table.name)) continue;
    const values = table.rows.map((r) => r.value);
    if (table.default !== undefined) values.push(table.default);
    out.set(table.name, values.map(String));
  }
  return out;
}

function templatePattern(template: string, tables: Map<string, string[]>): RegExp {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let source = '';
  let at = 0;
  for (const match of template.matchAll(new RegExp(MATERIAL_PLACEHOLDER.source, 'g'))) {
    const values = tables.get(match[1]);
    const any = values ? `(?:${[...values, match[0]].map(literal).join('|')})` : '.*';
    source += `${literal(template.slice(at, match.index))}${any}`;
    at = match.index + match[0].length;
  }
  return new RegExp(`^${source}${literal(template.slice(at))}$`, 's');
}
