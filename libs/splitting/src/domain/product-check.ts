import {
  checkTypes,
  type Expression,
  ExpressionError,
  parseExpression,
  variablesOf,
  type ValueType,
} from './expression';
import {
  DOOR_TYPES,
  PRODUCT_LIMITS,
  type ComponentRule,
  type CutKind,
  type ProductDefinition,
  type ProductInput,
  type Range,
  type RuleProblem,
} from './product';
import {
  LEAVES,
  MATERIAL_PLACEHOLDER,
  numericKey,
  RESERVED_NAMES,
  UNSAFE_NAMES,
  VARIABLE_NAME,
  variableScope,
  type VariableScope,
} from './variables';
import { MAX_LEAVES } from './product-program';

/** What a model is checked against besides itself: the factory's processes and materials, when known. */
export interface ProductCheckContext {
  /** Process codes a route may name (active ones). */
  processes?: ReadonlySet<string>;
  /** Materials by code, for the unit a rule cuts or counts them in. */
  materials?: ReadonlyMap<string, { cutKind: CutKind; unit?: string | null }>;
}

const FORMULA_FIELDS = ['length', 'width', 'thickness', 'quantity', 'condition'] as const;

/**
 * Checks what class-validator cannot, and says where: ranges in order; names (unique, not a line variable);
 * inputs (ranges, defaults, enum values); derived variables (no cycle); tables (keys known, enum values declared);
 * every formula parsing, reading only known names and computing a number (text only compared); material codes'
 * placeholders known and materials cut in their unit; routes naming the factory's processes. Each problem names
 * the field (`derived[1].formula`), the rule when a component's, and the character when in a formula.
 */
export function checkProduct(product: ProductDefinition, context: ProductCheckContext = {}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const key of ['widthRange', 'heightRange', 'wallThicknessRange'] as const)
    problems.push(...rangeProblems(key, product[key]));
  problems.push(...nameProblems(product));
  (product.inputs ?? []).forEach((input, index) => problems.push(...inputProblems(input, `inputs[${index}]`)));

  const scope = variableScope(product);
  if (scope.cycle) {
    const first = scope.cycle[0];
    const index = (product.derived ?? []).findIndex((d) => d.name === first);
    const table = (product.tables ?? []).findIndex((t) => t.name === first);
    problems.push({
      field: index >= 0 ? `derived[${index}].formula` : `tables[${table}].key`,
      message: `derived variables read each other in a cycle: ${scope.cycle.join(' → ')} / 派生变量循环引用：${scope.cycle.join(' → ')}`,
      rule: first,
    });
  }
  (product.derived ?? []).forEach((derived, index) => {
    problems.push(
      ...formulaProblems(derived.formula, scope, { field: `derived[${index}].formula`, rule: derived.name }, 'any'),
    );
  });
  (product.tables ?? []).forEach((table, index) => {
    const at = `tables[${index}]`;
    const keyType = scope.types.get(table.key);
    if (!keyType) {
      problems.push({
        field: `${at}.key`,
        message: `table "${table.name}": unknown key "${table.key}" / 未知的查表依据`,
        rule: table.name,
      });
    } else if (keyType.kind === 'number') {
      table.rows.forEach((row, r) => {
        if (numericKey(row.when) === null) {
          problems.push({
            field: `${at}.rows[${r}].when`,
            message: `table "${table.name}": ${table.key} is a number (yes/no is 1/0), "${row.when}" is not / 查表依据是数字，"${row.when}" 不是数字`,
            rule: table.name,
          });
        }
      });
    } else if (keyType.kind === 'text' && keyType.source && keyType.values) {
      table.rows.forEach((row, r) => {
        if (!keyType.values?.includes(row.when)) {
          problems.push({
            field: `${at}.rows[${r}].when`,
            message: `table "${table.name}": "${row.when}" is not a value of ${table.key} (${keyType.values?.join(', ')}) / 不是 ${table.key} 的可选值`,
            rule: table.name,
          });
        }
      });
    }
    if (table.rows.length === 0 && table.default === undefined) {
      problems.push({
        field: `${at}.rows`,
        message: `table "${table.name}" has no rows and no default: every line would be refused / 查表没有任何行，也没有默认值`,
        rule: table.name,
      });
    }
    const seen = new Set<string>();
    table.rows.forEach((row, r) => {
      if (seen.has(row.when))
        problems.push({ field: `${at}.rows[${r}].when`, message: `"${row.when}" twice / 重复`, rule: table.name });
      seen.add(row.when);
    });
    const kinds = new Set([
      ...table.rows.map((r) => typeof r.value),
      ...(table.default === undefined ? [] : [typeof table.default]),
    ]);
    if (kinds.size > 1) {
      problems.push({
        field: `${at}.rows`,
        message: `table "${table.name}" mixes numbers and text / 查表结果不能混合数字和文本`,
        rule: table.name,
      });
    }
  });

  const names = new Set<string>();
  product.components.forEach((rule, index) => {
    const at = `components[${index}]`;
    if (names.has(rule.name))
      problems.push({ field: `${at}.name`, message: `duplicate component name "${rule.name}" / 部件名重复` });
    names.add(rule.name);
    for (const field of FORMULA_FIELDS) {
      const source = rule[field];
      if (typeof source !== 'string' || (field === 'condition' && source.trim() === '')) continue;
      problems.push(...formulaProblems(source, scope, { field: `${at}.${field}`, rule: rule.name }, 'number'));
    }
    (rule.features ?? []).forEach((feature, f) => {
      if (feature.quantity !== undefined && feature.quantity.trim() !== '') {
        problems.push(
          ...formulaProblems(
            feature.quantity,
            scope,
            { field: `${at}.features[${f}].quantity`, rule: rule.name },
            'number',
          ),
        );
      }
    });
    problems.push(...materialProblems(rule, at, scope, context));
    problems.push(...routeProblems(rule, at, context));
  });
  problems.push(...cutKindProblems(product), ...leavesProblems(product, scope));
  return problems;
}

/** One material code is cut one way: a sheet in one rule and uncut in another would fail every split. */
function cutKindProblems(product: ProductDefinition): RuleProblem[] {
  const first = new Map<string, { cutKind: CutKind; rule: string }>();
  const problems: RuleProblem[] = [];
  product.components.forEach((rule, index) => {
    if (rule.material.includes('{')) return;
    const seen = first.get(rule.material);
    if (!seen) first.set(rule.material, { cutKind: rule.cutKind, rule: rule.name });
    else if (seen.cutKind !== rule.cutKind) {
      problems.push({
        field: `components[${index}].cutKind`,
        message: `rule "${rule.name}": ${rule.material} is cut as ${seen.cutKind} by "${seen.rule}", here as ${rule.cutKind} / 同一材料的下料方式不一致`,
        rule: rule.name,
      });
    }
  });
  return problems;
}

/** A model's own `leaves` is a whole number of leaves, 0–MAX_LEAVES (a package per leaf follows from it). */
function leavesProblems(product: ProductDefinition, scope: VariableScope): RuleProblem[] {
  const parameter = product.parameters[LEAVES];
  if (
    Object.hasOwn(product.parameters, LEAVES) &&
    !(Number.isInteger(parameter) && parameter >= 0 && parameter <= MAX_LEAVES)
  )
    return [
      {
        field: `parameters.${LEAVES}`,
        message: `leaves is a whole number 0–${MAX_LEAVES} / 门扇数应为 0–${MAX_LEAVES} 的整数`,
      },
    ];
  const input = (product.inputs ?? []).findIndex((i) => i.name === LEAVES);
  const derived = (product.derived ?? []).findIndex((d) => d.name === LEAVES);
  const table = (product.tables ?? []).findIndex((t) => t.name === LEAVES);
  const field =
    input >= 0
      ? `inputs[${input}].type`
      : derived >= 0
        ? `derived[${derived}].formula`
        : table >= 0
          ? `tables[${table}].rows`
          : null;
  if (field && scope.types.get(LEAVES)?.kind !== 'number')
    return [{ field, message: `leaves is the number of leaves, not text / 门扇数必须是数字` }];
  return [];
}

function nameProblems(product: ProductDefinition): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const seen = new Map<string, string>();
  const named: [string, string][] = [
    ...Object.keys(product.parameters).map((name) => [`parameters.${name}`, name] as [string, string]),
    ...(product.inputs ?? []).map((input, i) => [`inputs[${i}].name`, input.name] as [string, string]),
    ...(product.derived ?? []).map((d, i) => [`derived[${i}].name`, d.name] as [string, string]),
    ...(product.tables ?? []).map((t, i) => [`tables[${i}].name`, t.name] as [string, string]),
  ];
  for (const [field, name] of named) {
    if (UNSAFE_NAMES.has(name)) {
      problems.push({ field, message: `"${name}" is a reserved word / "${name}" 是保留字` });
    } else if (!VARIABLE_NAME.test(name)) {
      problems.push({
        field,
        message: `"${name}": a name is letters, digits, _ or Chinese characters, not starting with a digit / 名称只能包含字母、数字、下划线或汉字`,
      });
    } else if (RESERVED_NAMES.has(name) && !(name === 'doorType' && field.startsWith('inputs['))) {
      problems.push({ field, message: `${name} is a line variable and cannot be redefined / 与订单变量重名` });
    } else if (seen.has(name)) {
      problems.push({ field, message: `"${name}" is already defined at ${seen.get(name)} / 名称重复` });
    }
    if (!seen.has(name)) seen.set(name, field);
  }
  for (const [name, value] of Object.entries(product.parameters)) {
    if (!Number.isFinite(value))
      problems.push({ field: `parameters.${name}`, message: 'must be a number / 必须是数字' });
  }
  return problems;
}

function inputProblems(input: ProductInput, at: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const say = (field: string, message: string) => problems.push({ field: `${at}.${field}`, message, rule: input.name });
  const fallback = input.default;
  switch (input.type) {
    case 'number': {
      if (input.min !== undefined && input.max !== undefined && input.min > input.max)
        say('min', `min ${input.min} is above max ${input.max} / 最小值大于最大值`);
      if (fallback !== undefined) {
        if (typeof fallback !== 'number') say('default', 'a number input needs a number default / 默认值必须是数字');
        else if ((input.min !== undefined && fallback < input.min) || (input.max !== undefined && fallback > input.max))
          say('default', `default ${fallback} is outside ${input.min ?? '…'}–${input.max ?? '…'} / 默认值超出范围`);
      }
      break;
    }
    case 'enum': {
      const options = input.options ?? [];
      if (options.length === 0) say('options', 'an enum input needs at least one value / 选项不能为空');
      const values = new Set<string>();
      // a dealer may write a value or either label: each word must name one option only
      const words = new Map<string, number>();
      const word = (text: string) => text.trim().toLowerCase().replace(/\s+/g, '');
      options.forEach((option, o) => {
        if (option.value.trim() === '') say(`options[${o}].value`, 'a value cannot be blank / 选项值不能为空');
        if (values.has(option.value)) say(`options[${o}].value`, `"${option.value}" twice / 选项重复`);
        values.add(option.value);
        for (const [key, text] of [
          ['value', option.value],
          ['labelZh', option.labelZh],
          ['labelEn', option.labelEn],
        ] as const) {
          const other = words.get(word(text));
          if (other !== undefined && other !== o)
            say(
              `options[${o}].${key}`,
              `"${text}" also names option ${other + 1}: a line writing it would be ambiguous / 与第 ${other + 1} 个选项重名`,
            );
          if (word(text) !== '' && other === undefined) words.set(word(text), o);
        }
        if (input.name === 'doorType' && !(DOOR_TYPES as readonly string[]).includes(option.value))
          say(
            `options[${o}].value`,
            `a door type is one of ${DOOR_TYPES.join(', ')} / 门类型只能是 ${DOOR_TYPES.join('、')}`,
          );
      });
      if (fallback !== undefined && (typeof fallback !== 'string' || !values.has(fallback)))
        say('default', `default "${String(fallback)}" is not one of the values / 默认值不是可选值`);
      break;
    }
    case 'boolean':
      if (fallback !== undefined && typeof fallback !== 'boolean')
        say('default', 'must be true or false / 必须是 是/否');
      break;
    case 'text':
      if (fallback !== undefined && typeof fallback !== 'string') say('default', 'must be text / 必须是文本');
      break;
  }
  if (input.name === 'doorType' && input.type !== 'enum')
    say('type', 'the doorType input is an enum of door types / 门类型输入必须是枚举');
  if (input.type !== 'enum' && input.options !== undefined && input.options.length > 0)
    say('options', 'only an enum input has values / 只有枚举输入有选项');
  return problems;
}

/** A formula parsing, reading known names only, of the wanted type. */
function formulaProblems(
  source: string,
  scope: VariableScope,
  where: { field: string; rule: string },
  want: 'number' | 'any',
): RuleProblem[] {
  let tree: Expression;
  try {
    tree = parseExpression(source);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return [{ ...where, message: `rule "${where.rule}": ${error.message}`, position: error.position + 1 }];
  }
  const problems: RuleProblem[] = [];
  for (const [name, position] of variablesOf(tree)) {
    if (!scope.types.has(name)) {
      problems.push({
        ...where,
        message: `rule "${where.rule}": unknown variable "${name}" at character ${position + 1} / 未知变量`,
        position: position + 1,
      });
    }
  }
  if (problems.length > 0) return problems;
  const { type, problems: typeProblems } = checkTypes(tree, scope.types);
  for (const problem of typeProblems) {
    problems.push({
      ...where,
      message: `rule "${where.rule}": ${problem.message} (at character ${problem.position + 1})`,
      position: problem.position + 1,
    });
  }
  if (problems.length === 0 && want === 'number' && type.kind === 'text') {
    problems.push({
      ...where,
      message: `rule "${where.rule}": gives text, a number is needed / 结果是文本，这里需要数字`,
      position: 1,
    });
  }
  return problems;
}

/**
 * A material code's `{name}` placeholders name known variables, and a material the factory has is used in its
 * unit: a rule that cuts bars cannot take a sheet material (m²), nor an edge band one that is not counted in m.
 */
function materialProblems(
  rule: ComponentRule,
  at: string,
  scope: VariableScope,
  context: ProductCheckContext,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (rule.material.trim() === '') return [{ field: `${at}.material`, message: 'material is required / 材料必填' }];
  const templates: [string, string][] = [
    ['material', rule.material],
    ...Object.entries(rule.edgeBanding ?? {}).map(
      ([edge, code]) => [`edgeBanding.${edge}`, code ?? ''] as [string, string],
    ),
  ];
  for (const [field, template] of templates) {
    for (const [, name] of template.matchAll(MATERIAL_PLACEHOLDER)) {
      if (!scope.types.has(name)) {
        problems.push({
          field: `${at}.${field}`,
          message: `rule "${rule.name}": unknown variable "{${name}}" in the material code / 材料编码中的变量未定义`,
          rule: rule.name,
        });
      }
    }
  }
  const materials = context.materials;
  if (!materials) return problems;
  for (const code of possibleCodes(rule.material, scope)) {
    const material = materials.get(code);
    if (!material) continue;
    if (rule.cutKind !== 'none' && material.cutKind !== rule.cutKind) {
      problems.push({
        field: `${at}.material`,
        message: `rule "${rule.name}": unit mismatch, ${code} is a ${material.cutKind} material${material.unit ? ` counted in ${material.unit}` : ''} but the rule cuts it as ${rule.cutKind} / 单位不符：材料 ${code} 与部件下料方式不一致`,
        rule: rule.name,
      });
    }
  }
  for (const [edge, template] of Object.entries(rule.edgeBanding ?? {})) {
    if (!template) continue;
    for (const code of possibleCodes(template, scope)) {
      const material = materials.get(code);
      if (material?.unit && material.unit !== 'm') {
        problems.push({
          field: `${at}.edgeBanding.${edge}`,
          message: `rule "${rule.name}": unit mismatch, edge band ${code} is counted in ${material.unit}, not m / 单位不符：封边带须按米计`,
          rule: rule.name,
        });
      }
    }
  }
  return problems;
}

/** The codes a material template can give when it is static or exactly one table (whose values are codes). */
function possibleCodes(template: string, scope: VariableScope): string[] {
  const placeholders = [...template.matchAll(MATERIAL_PLACEHOLDER)];
  if (placeholders.length === 0) return [template];
  if (placeholders.length === 1 && placeholders[0][0] === template) {
    const type: ValueType | undefined = scope.types.get(placeholders[0][1]);
    if (type?.kind === 'text' && type.source && type.values) return [...type.values];
  }
  return [];
}

function routeProblems(rule: ComponentRule, at: string, context: ProductCheckContext): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  rule.route.forEach((process, index) => {
    if (seen.has(process)) {
      problems.push({
        field: `${at}.route[${index}]`,
        message: `rule "${rule.name}": ${process} twice in the route / 工序重复`,
        rule: rule.name,
      });
    }
    seen.add(process);
    if (context.processes && !context.processes.has(process)) {
      problems.push({
        field: `${at}.route[${index}]`,
        message: `rule "${rule.name}": "${process}" is not an active process of this factory / 不是本厂的工序`,
        rule: rule.name,
      });
    }
  });
  return problems;
}

/** A range is {min, max}: finite, positive, at most PRODUCT_LIMITS.rangeMm, min ≤ max (an empty range would admit any size). */
function rangeProblems(key: string, range: unknown): RuleProblem[] {
  if (typeof range !== 'object' || range === null || Array.isArray(range))
    return [{ field: key, message: 'must be {min, max} / 必须是 {min, max}' }];
  const { min, max } = range as Partial<Range>;
  const problems: RuleProblem[] = [];
  for (const [name, value] of [
    ['min', min],
    ['max', max],
  ] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > PRODUCT_LIMITS.rangeMm) {
      problems.push({
        field: `${key}.${name}`,
        message: `must be a number above 0 and at most ${PRODUCT_LIMITS.rangeMm} mm / 必须在 0–${PRODUCT_LIMITS.rangeMm} mm 之间`,
      });
    }
  }
  if (problems.length === 0 && (min as number) > (max as number))
    problems.push({ field: `${key}.min`, message: `min ${min} is above max ${max} / 最小值大于最大值` });
  return problems;
}
