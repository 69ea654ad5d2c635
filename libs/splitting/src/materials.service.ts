import { Injectable } from '@nestjs/common';
import {
  DomainError,
  FactoryScope,
  FactorySql,
  type FieldError,
  NotFoundError,
  TenancyContext,
  ValidationFailedError,
} from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import {
  checkMaterial,
  type LinearProfile,
  type MaterialDefinition,
  type MaterialSpec,
  type MaterialUnit,
  type StockSize,
} from './domain/material';
import type { CutKind } from './domain/product';
import type { MaterialBodyDto, MaterialDto, MaterialPatchDto, StockSizeDto } from './dto/material.dto';
import { Material } from './splitting.entities';
import { SPLITTING_ERRORS } from './splitting.errors';

/** One version of a material as the API answers it; `stockLength`, `sheetWidth`, `sheetLength` are its first size. */
export interface MaterialView {
  id: string;
  code: string;
  version: number;
  nameZh: string;
  nameEn: string;
  cutKind: CutKind;
  unit: MaterialUnit;
  profile: LinearProfile | null;
  width: number | null;
  thickness: number | null;
  stockSizes: StockSize[];
  stockLength: number | null;
  sheetWidth: number | null;
  sheetLength: number | null;
  kerf: number;
  trim: number;
  minRemnant: number | null;
  createdAt: Date;
  /** When this version was saved (a version is never changed). */
  updatedAt: Date;
}

/** What a version stores besides its code and version: names and the definition the cutting reads. */
type MaterialContent = MaterialDefinition & { nameZh: string; nameEn: string };

/**
 * Materials the cutting uses, versioned like door models: a save that changes something adds a version, the
 * latest is the current one, and a split run records the versions it cut from.
 */
@Injectable()
export class MaterialsService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
    private readonly tenancy: TenancyContext,
  ) {}

  /** The latest version of every material, by code. */
  async list(): Promise<MaterialView[]> {
    return (await this.latest()).map(toView);
  }

  async get(code: string, version?: number): Promise<MaterialView> {
    const materials = this.scope.repository(Material);
    const row =
      version === undefined
        ? await materials.findOne({ where: { code }, order: { version: 'DESC' } })
        : await materials.findOneBy({ code, version });
    if (!row) throw new NotFoundError('material', version === undefined ? code : `${code} v${version}`, 'code');
    return toView(row);
  }

  /** Every version, oldest first. */
  async versions(code: string): Promise<MaterialView[]> {
    const rows = await this.scope.repository(Material).find({ where: { code }, order: { version: 'ASC' } });
    if (rows.length === 0) throw new NotFoundError('material', code, 'code');
    return rows.map(toView);
  }

  /** Version 1 of a new material; its code is taken once per factory (409 `material.already_exists`). */
  async create(body: MaterialDto): Promise<MaterialView> {
    const content = contentOf(body.code, body);
    return this.scope.transaction(async (manager) => {
      await this.lockCode(manager, body.code);
      const materials = this.scope.repository(Material, manager);
      if ((await materials.count({ code: body.code })) > 0) {
        throw new DomainError(
          SPLITTING_ERRORS['material.already_exists'],
          `material ${body.code} already exists; PUT /materials/${body.code} changes it / 材料编码已存在`,
          { code: body.code },
          [{ field: 'code', message: 'is taken in this factory / 该编码已被使用' }],
        );
      }
      return toView(await this.save(manager, body.code, 1, content));
    });
  }

  /** PUT: the body replaces the whole definition (what it leaves out takes its default). */
  replace(code: string, body: MaterialBodyDto): Promise<MaterialView> {
    return this.addVersion(code, () => contentOf(code, body));
  }

  /** PATCH: only the fields given change. A new cut kind drops what belonged to the old one unless given again. */
  patch(code: string, body: MaterialPatchDto): Promise<MaterialView> {
    return this.addVersion(code, (latest) => contentOf(code, merged(latest, body)));
  }

  /** The latest version of each material, for a split; each spec carries the version it is. */
  async specs(manager?: EntityManager): Promise<Map<string, MaterialSpec>> {
    const rows = await this.latest(manager);
    return new Map(rows.map((m) => [m.code, specOf(m)]));
  }

  private async latest(manager?: EntityManager): Promise<Material[]> {
    return this.scope
      .repository(Material, manager)
      .query('m')
      .distinctOn(['m.code'])
      .orderBy('m.code')
      .addOrderBy('m.version', 'DESC')
      .getMany();
  }

  /**
   * A new version from the latest, unless the content is the same: a save that changes nothing adds no
   * version and answers the current one.
   */
  private addVersion(code: string, next: (latest: Material) => MaterialContent): Promise<MaterialView> {
    return this.scope.transaction(async (manager) => {
      await this.lockCode(manager, code);
      const latest = await this.scope
        .repository(Material, manager)
        .findOne({ where: { code }, order: { version: 'DESC' } });
      if (!latest) throw new NotFoundError('material', code, 'code');
      const content = next(latest);
      if (sameContent(content, contentOfRow(latest))) return toView(latest);
      return toView(await this.save(manager, code, latest.version + 1, content));
    });
  }

  private save(manager: EntityManager, code: string, version: number, content: MaterialContent): Promise<Material> {
    const materials = this.scope.repository(Material, manager);
    const first = content.stockSizes[0];
    return materials.save(
      materials.create({
        ...content,
        code,
        version,
        stockLength: content.cutKind === 'linear' ? (first?.length ?? null) : null,
        sheetWidth: content.cutKind === 'sheet' ? (first?.width ?? null) : null,
        sheetLength: content.cutKind === 'sheet' ? (first?.length ?? null) : null,
        createdBy: this.tenancy.actor()?.userId ?? null,
      }),
    );
  }

  /** Serialises saves of one code, so two writers never race for the same version number. */
  private async lockCode(manager: EntityManager, code: string): Promise<void> {
    await this.sql.lock(`material:${code}`, manager);
  }
}

/** The unit a material is counted in when the body does not say. */
const DEFAULT_UNIT: Record<CutKind, MaterialUnit> = { linear: 'm', sheet: 'm2', none: 'pcs' };

/**
 * A body as the stored content: defaults filled in, the one-size shorthand turned into `stockSizes`, then the
 * rules between fields checked (422 `material.definition_invalid` listing every problem).
 */
function contentOf(code: string, body: MaterialBodyDto): MaterialContent {
  const content: MaterialContent = {
    nameZh: body.nameZh,
    nameEn: body.nameEn,
    cutKind: body.cutKind,
    unit: body.unit ?? DEFAULT_UNIT[body.cutKind],
    profile: body.profile ?? (body.cutKind === 'linear' ? 'rip' : null),
    width: body.width ?? null,
    thickness: body.thickness ?? null,
    stockSizes: stockSizesOf(body).map(normalSize),
    kerf: body.kerf ?? 0,
    trim: body.trim ?? 0,
    minRemnant: body.minRemnant ?? null,
  };
  const problems = checkMaterial(content);
  if (problems.length > 0) {
    throw new DomainError(
      SPLITTING_ERRORS['material.definition_invalid'],
      `material ${code}: ${problems[0].message} / 材料定义有误`,
      { code, field: problems[0].field },
      problems,
    );
  }
  return content;
}

/**
 * `stockSizes`, or the shorthand as one size. Both given: the shorthand must be the first size (it is what the
 * view shows as the shorthand), else 400 naming the shorthand field.
 */
function stockSizesOf(body: MaterialBodyDto): StockSize[] {
  const { stockLength, sheetWidth, sheetLength } = body;
  const errors: FieldError[] = [];
  const shorthand = { stockLength, sheetWidth, sheetLength };
  const applies =
    body.cutKind === 'linear' ? ['stockLength'] : body.cutKind === 'sheet' ? ['sheetWidth', 'sheetLength'] : [];
  for (const [field, value] of Object.entries(shorthand)) {
    if (value !== undefined && !applies.includes(field))
      errors.push({
        field,
        message: `is for ${field === 'stockLength' ? 'linear' : 'sheet'} materials only / 与下料方式不符`,
      });
  }
  if (body.stockSizes !== undefined) {
    const first = body.stockSizes[0];
    const repeats = { stockLength: first?.length, sheetWidth: first?.width, sheetLength: first?.length };
    for (const field of applies as (keyof typeof shorthand)[]) {
      if (shorthand[field] !== undefined && shorthand[field] !== repeats[field])
        errors.push({ field, message: `differs from stockSizes[0]; give one or the other / 与原料规格第一项不一致` });
    }
    if (errors.length > 0) throw new ValidationFailedError(errors);
    return body.stockSizes;
  }
  if (body.cutKind === 'sheet' && (sheetWidth === undefined) !== (sheetLength === undefined))
    errors.push({
      field: sheetWidth === undefined ? 'sheetWidth' : 'sheetLength',
      message: 'a sheet size needs its width and length / 需填写板材宽度和长度',
    });
  if (errors.length > 0) throw new ValidationFailedError(errors);
  if (body.cutKind === 'linear' && stockLength !== undefined) return [{ length: stockLength }];
  if (body.cutKind === 'sheet' && sheetWidth !== undefined && sheetLength !== undefined)
    return [{ length: sheetLength, width: sheetWidth }];
  return [];
}

/** A stock size with only the fields it has, in one key order (so two saves of the same sizes compare equal). */
function normalSize(size: StockSize): StockSize {
  return {
    length: size.length,
    ...(size.width !== undefined && size.width !== null ? { width: size.width } : {}),
    ...(size.cost !== undefined && size.cost !== null ? { cost: size.cost } : {}),
    ...(size.quantity !== undefined && size.quantity !== null ? { quantity: size.quantity } : {}),
  };
}

/** A PATCH over the latest version: a new cut kind starts its unit, profile, width and sizes afresh. */
function merged(latest: Material, patch: MaterialPatchDto): MaterialBodyDto {
  const base: MaterialBodyDto = {
    nameZh: latest.nameZh,
    nameEn: latest.nameEn,
    cutKind: latest.cutKind,
    ...(latest.thickness !== null ? { thickness: latest.thickness } : {}),
    kerf: latest.kerf,
    trim: latest.trim,
  };
  if (patch.cutKind === undefined || patch.cutKind === latest.cutKind) {
    Object.assign(base, {
      ...(latest.minRemnant !== null ? { minRemnant: latest.minRemnant } : {}),
      unit: latest.unit,
      ...(latest.profile !== null ? { profile: latest.profile } : {}),
      ...(latest.width !== null ? { width: latest.width } : {}),
    });
    // sizes carried unless the patch gives them, in either form
    const shorthand = [patch.stockLength, patch.sheetWidth, patch.sheetLength].some((v) => v !== undefined);
    // stored sizes hold no nulls (normalSize drops them)
    if (!shorthand) base.stockSizes = latest.stockSizes.map(normalSize) as StockSizeDto[];
  }
  // a bar turned from a fixed profile to ripped has no width of its own any more
  if (patch.profile === 'rip' && patch.width === undefined) delete base.width;
  const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return { ...base, ...given };
}

function contentOfRow(row: Material): MaterialContent {
  return {
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    cutKind: row.cutKind,
    unit: row.unit,
    profile: row.profile,
    width: row.width,
    thickness: row.thickness,
    stockSizes: row.stockSizes.map(normalSize),
    kerf: row.kerf,
    trim: row.trim,
    minRemnant: row.minRemnant,
  };
}

function sameContent(a: MaterialContent, b: MaterialContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function specOf(row: Material): MaterialSpec {
  return {
    code: row.code,
    version: row.version,
    cutKind: row.cutKind,
    unit: row.unit,
    profile: row.profile,
    width: row.width,
    thickness: row.thickness,
    stockSizes: row.stockSizes,
    kerf: row.kerf,
    trim: row.trim,
    minRemnant: row.minRemnant,
  };
}

function toView(row: Material): MaterialView {
  const first = row.stockSizes[0];
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    ...contentOfRow(row),
    minRemnant: row.minRemnant ?? null,
    stockLength: row.cutKind === 'linear' ? (first?.length ?? null) : null,
    sheetWidth: row.cutKind === 'sheet' ? (first?.width ?? null) : null,
    sheetLength: row.cutKind === 'sheet' ? (first?.length ?? null) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
