import { Injectable } from '@nestjs/common';
import { FactoryScope, ValidationFailedError } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import type { MaterialSpec } from './domain/split-plan';
import type { MaterialDto } from './dto/material.dto';
import { Material } from './splitting.entities';

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

  /** Creates or replaces the material with this code. */
  async save(body: MaterialDto): Promise<MaterialView> {
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
    const materials = this.scope.repository(Material);
    const existing = await materials.findOneBy({ code: body.code });
    const row = existing ?? materials.create({ code: body.code });
    Object.assign(row, {
      nameZh: body.nameZh,
      nameEn: body.nameEn,
      cutKind: body.cutKind,
      stockLength: body.stockLength ?? null,
      sheetWidth: body.sheetWidth ?? null,
      sheetLength: body.sheetLength ?? null,
      thickness: body.thickness ?? null,
      kerf: body.kerf ?? 0,
      trim: body.trim ?? 0,
    });
    return toView(await materials.save(row));
  }

  async specs(manager?: EntityManager): Promise<Map<string, MaterialSpec>> {
    const rows = await this.scope.repository(Material, manager).find();
    return new Map(rows.map((m) => [m.code, m]));
  }
}
