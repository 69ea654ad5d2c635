import { Injectable } from '@nestjs/common';
import { DomainError, FactoryScope, ValidationFailedError } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import type { MaterialSpec } from './domain/split-plan';
import type { MaterialBodyDto, MaterialDto } from './dto/material.dto';
import { Material } from './splitting.entities';
import { SPLITTING_ERRORS } from './splitting.errors';

/** A material as the API answers it: every column but the factory, which is the caller's own. */
export type MaterialView = Omit<Material, 'factoryId'>;

function toView({ factoryId: _factory, ...view }: Material): MaterialView {
  return view;
}

/** Materials the cutting uses: stock lengths and sheet sizes with the saw's kerf and trim. */
@Injectable()
export class MaterialsService {
  constructor(private readonly scope: FactoryScope) {}

  async list(): Promise<MaterialView[]> {
    return (await this.scope.repository(Material).find({ order: { code: 'ASC' } })).map(toView);
  }

  async get(code: string): Promise<MaterialView> {
    return toView(await this.scope.repository(Material).getBy({ code }, 'material', code, 'code'));
  }

  /** A new material; its code is taken once per factory (409 `material.already_exists` naming `code`). */
  async create(body: MaterialDto): Promise<MaterialView> {
    assertStockSize(body);
    return this.scope.transaction(async (manager) => {
      const materials = this.scope.repository(Material, manager);
      if (await materials.findOneBy({ code: body.code })) {
        throw new DomainError(
          SPLITTING_ERRORS['material.already_exists'],
          `material ${body.code} already exists; PUT /materials/${body.code} changes it / 材料编码已存在`,
          { code: body.code },
          [{ field: 'code', message: 'is taken in this factory / 该编码已被使用' }],
        );
      }
      return toView(await materials.save(materials.create({ code: body.code, ...columns(body) })));
    });
  }

  /**
   * Replaces a material's names, stock sizes, kerf and trim; the code stays (door model rules name it). Runs
   * already split keep the cut plans they computed; the next split cuts from the new sizes.
   */
  async update(code: string, body: MaterialBodyDto): Promise<MaterialView> {
    assertStockSize(body);
    const materials = this.scope.repository(Material);
    const row = await materials.getBy({ code }, 'material', code, 'code');
    return toView(await materials.save(Object.assign(row, columns(body))));
  }

  async specs(manager?: EntityManager): Promise<Map<string, MaterialSpec>> {
    const rows = await this.scope.repository(Material, manager).find();
    return new Map(rows.map((m) => [m.code, m]));
  }
}

/** A linear material is cut from bars of one length, a sheet material from sheets of one size. */
function assertStockSize(body: MaterialBodyDto): void {
  if (body.cutKind === 'linear' && !body.stockLength) {
    throw new ValidationFailedError([
      { field: 'stockLength', message: 'a linear material needs its stock length / 需填写原料长度' },
    ]);
  }
  if (body.cutKind === 'sheet' && (!body.sheetWidth || !body.sheetLength)) {
    throw new ValidationFailedError([
      {
        field: body.sheetWidth ? 'sheetLength' : 'sheetWidth',
        message: 'a sheet material needs its sheet size / 需填写板材规格',
      },
    ]);
  }
}

function columns(body: MaterialBodyDto): Omit<MaterialView, 'id' | 'code' | 'createdAt' | 'updatedAt'> {
  return {
    nameZh: body.nameZh,
    nameEn: body.nameEn,
    cutKind: body.cutKind,
    stockLength: body.stockLength ?? null,
    sheetWidth: body.sheetWidth ?? null,
    sheetLength: body.sheetLength ?? null,
    thickness: body.thickness ?? null,
    kerf: body.kerf ?? 0,
    trim: body.trim ?? 0,
  };
}
