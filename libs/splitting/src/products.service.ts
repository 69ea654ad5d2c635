import { Injectable } from '@nestjs/common';
import { DomainError, FactoryScope, FactorySql, NotFoundError, TenancyContext } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import { resolveLine } from './domain/door-line';
import { explodeLine, type PartSpec } from './domain/explode';
import { checkProduct, type ProductCheckContext } from './domain/product-check';
import { productLimitBreach, type ProductDefinition } from './domain/product';
import type { ProductBodyDto } from './dto/product.dto';
import { MaterialsService } from './materials.service';
import { ProcessesService } from './processes.service';
import { Product } from './splitting.entities';
import { SPLITTING_ERRORS } from './splitting.errors';

export interface ProductView extends ProductDefinition {
  version: number;
  createdAt: Date;
}

/** The sizes a preview tries; the defaults make a bare width × height × wall thickness enough. */
export interface PreviewLine {
  width: number;
  height: number;
  wallThickness: number;
  masterWidth?: number;
  quantity?: number;
  finish?: string;
  swing?: string;
  options?: Record<string, string | number | boolean>;
}

export interface ProductPreview {
  parts: PartSpec[];
  totals: { parts: number; pieces: number };
}

/** The code a preview's messages name when the draft has none yet. */
const DRAFT_CODE = '(draft)';

/** Door models as versioned rules: a save is checked whole (every formula) and adds a version. */
@Injectable()
export class ProductsService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
    private readonly tenancy: TenancyContext,
    private readonly materials: MaterialsService,
    private readonly processes: ProcessesService,
  ) {}

  /** The latest version of every product, by code. */
  async list(): Promise<ProductView[]> {
    return [...(await this.latest()).values()].map(toView);
  }

  /** The latest version of each product (of the given codes, or all), by code. */
  async latest(codes?: string[], manager?: EntityManager): Promise<Map<string, Product>> {
    const query = this.scope.repository(Product, manager).query('p').distinctOn(['p.code']);
    if (codes) query.andWhere('p.code IN (:...codes)', { codes: codes.length > 0 ? codes : [''] });
    const rows = await query.orderBy('p.code').addOrderBy('p.version', 'DESC').getMany();
    return new Map(rows.map((p) => [p.code, p]));
  }

  async get(code: string, version?: number): Promise<ProductView> {
    return toView(await this.find(code, version));
  }

  async versions(code: string): Promise<ProductView[]> {
    const rows = await this.scope.repository(Product).find({ where: { code }, order: { version: 'ASC' } });
    if (rows.length === 0) throw new NotFoundError('product', code, 'code');
    return rows.map(toView);
  }

  async create(code: string, body: ProductBodyDto): Promise<ProductView> {
    const definition = { ...body, code };
    return this.scope.transaction(async (manager) => {
      assertValid(definition, await this.checkContext(manager));
      const products = this.scope.repository(Product, manager);
      await this.lockCode(manager, code);
      if ((await products.count({ code })) > 0) {
        throw new DomainError(
          SPLITTING_ERRORS['product.already_exists'],
          `product ${code} already exists; PUT adds a version / 门型已存在`,
          { code },
        );
      }
      return toView(await products.save(products.create({ ...definition, version: 1, createdBy: this.actor() })));
    });
  }

  /** PUT: a new version (the first if the code is new); older versions stay for the lines that use them. */
  async update(code: string, body: ProductBodyDto): Promise<ProductView> {
    const definition = { ...body, code };
    return this.scope.transaction(async (manager) => {
      assertValid(definition, await this.checkContext(manager));
      const products = this.scope.repository(Product, manager);
      await this.lockCode(manager, code);
      const latest = await products.findOne({ where: { code }, order: { version: 'DESC' } });
      const version = (latest?.version ?? 0) + 1;
      return toView(await products.save(products.create({ ...definition, version, createdBy: this.actor() })));
    });
  }

  /**
   * The parts a draft model gives for one door, stored nowhere: the draft is checked exactly as a save checks it
   * (same codes, fields under `product.`), then the sizes as an order line's are (fields under `line.`).
   */
  preview(
    draft: ProductBodyDto & { code?: string },
    sizes: PreviewLine,
    context: ProductCheckContext = {},
  ): ProductPreview {
    const definition: ProductDefinition = { ...draft, code: draft.code ?? DRAFT_CODE };
    assertValid(definition, context, 'product');
    const { door, problems } = resolveLine(definition, {
      width: sizes.width,
      height: sizes.height,
      wallThickness: sizes.wallThickness,
      masterWidth: sizes.masterWidth ?? null,
      quantity: sizes.quantity ?? 1,
      // no finish yet: `{finish}` stays in the material codes rather than becoming an empty name
      finish: sizes.finish ?? '{finish}',
      swing: sizes.swing ?? 'none',
      options: sizes.options,
    });
    if (problems.length > 0) {
      // a size or value of the line is the line's field; a rule that fails for it, the rule's field in the draft
      const errors = problems.map(({ field, message, rule }) => {
        const index = rule === undefined ? -1 : definition.components.findIndex((c) => c.name === rule);
        return { field: index < 0 ? `line.${field}` : `product.components[${index}].${field}`, message };
      });
      throw new DomainError(
        SPLITTING_ERRORS['product.preview_line_rejected'],
        `product ${definition.code}: ${problems[0].message} / 该尺寸无法按门型拆分`,
        { code: definition.code, field: errors[0].field },
        errors,
      );
    }
    const parts = explodeLine(definition, door);
    return { parts, totals: { parts: parts.length, pieces: parts.reduce((sum, p) => sum + p.quantity, 0) } };
  }

  /** The exact versions a set of lines needs, keyed `code@version`. */
  async definitions(
    keys: { code: string; version: number }[],
    manager?: EntityManager,
  ): Promise<Map<string, ProductDefinition>> {
    const wanted = [...new Map(keys.map((k) => [`${k.code}@${k.version}`, k])).values()];
    const found = new Map<string, ProductDefinition>();
    if (wanted.length === 0) return found;
    const rows = await this.scope
      .repository(Product, manager)
      .query('p')
      .andWhere('(p.code, p.version) IN (SELECT * FROM unnest(CAST(:codes AS text[]), CAST(:versions AS int[])))', {
        codes: wanted.map((k) => k.code),
        versions: wanted.map((k) => k.version),
      })
      .getMany();
    for (const row of rows) found.set(`${row.code}@${row.version}`, toView(row));
    return found;
  }

  async find(code: string, version?: number, manager?: EntityManager): Promise<Product> {
    const products = this.scope.repository(Product, manager);
    const row =
      version === undefined
        ? await products.findOne({ where: { code }, order: { version: 'DESC' } })
        : await products.findOneBy({ code, version });
    if (!row) throw new NotFoundError('product', version === undefined ? code : `${code} v${version}`, 'code');
    return row;
  }

  /** What a model is checked against in this factory: its materials (units) and its active processes. */
  async checkContext(manager?: EntityManager): Promise<ProductCheckContext> {
    const materials = await this.materials.specs(manager);
    const processes = await this.processes.catalogue(manager);
    return {
      materials,
      processes: new Set([...processes].filter(([, process]) => process.active).map(([code]) => code)),
    };
  }

  private actor(): string | null {
    return this.tenancy.actor()?.userId ?? null;
  }

  /** Serialises saves of one code, so two PUTs never race for the same version number. */
  private async lockCode(manager: EntityManager, code: string): Promise<void> {
    await this.sql.lock(`product:${code}`, manager);
  }
}

/**
 * Fields are the definition's, under `prefix` when it is nested in a request (a preview's `product`).
 * A cap of PRODUCT_LIMITS passed is its own code naming the cap and the model's value. Then a formula problem is `product.formula_invalid` naming the first one's rule, field and character; any
 * other problem (ranges, names, materials) is `product.definition_invalid`. `errors` lists them all.
 */
function assertValid(definition: ProductDefinition, context: ProductCheckContext, prefix?: string): void {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  assertWithinLimits(definition, at);
  const problems = checkProduct(definition, context);
  if (problems.length === 0) return;
  const errors = problems.map(({ field, message, rule, position }) => ({
    field: at(field),
    message,
    ...(rule !== undefined ? { rule } : {}),
    ...(position !== undefined ? { position } : {}),
  }));
  const formula = problems.find((p) => p.position !== undefined);
  if (formula) {
    throw new DomainError(
      SPLITTING_ERRORS['product.formula_invalid'],
      `product ${definition.code}: ${formula.message} / 门型公式有误`,
      { code: definition.code, rule: formula.rule, field: at(formula.field), position: formula.position },
      errors,
    );
  }
  throw new DomainError(
    SPLITTING_ERRORS['product.definition_invalid'],
    `product ${definition.code}: ${problems[0].message} / 门型定义有误`,
    { code: definition.code, field: at(problems[0].field) },
    errors,
  );
}

function assertWithinLimits(definition: ProductDefinition, at: (field: string) => string): void {
  const breach = productLimitBreach(definition);
  if (!breach) return;
  const { code } = definition;
  if (breach.limit === 'components') {
    throw new DomainError(
      SPLITTING_ERRORS['product.too_many_components'],
      `product ${code} has ${breach.actual} components; at most ${breach.max} / 门型部件数过多`,
      { code, components: breach.actual, max: breach.max },
      [{ field: at(breach.field), message: `at most ${breach.max} components` }],
    );
  }
  throw new DomainError(
    SPLITTING_ERRORS['product.quantity_too_large'],
    `product ${code}: rule "${breach.rule}" gives ${breach.actual} pieces per door; at most ${breach.max} / 每樘门部件数量过多`,
    { code, rule: breach.rule, field: at(breach.field), quantity: breach.actual, max: breach.max },
    [{ field: at(breach.field), message: `at most ${breach.max} pieces per door` }],
  );
}

function toView(row: Product): ProductView {
  return {
    code: row.code,
    version: row.version,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    doorType: row.doorType,
    widthRange: row.widthRange,
    heightRange: row.heightRange,
    wallThicknessRange: row.wallThicknessRange,
    parameters: row.parameters,
    inputs: row.inputs ?? [],
    derived: row.derived ?? [],
    tables: row.tables ?? [],
    components: row.components,
    createdAt: row.createdAt,
  };
}
