import { Injectable } from '@nestjs/common';
import { FactoryScope, ValidationFailedError } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import type { MaterialSpec } from './domain/split-plan';
import type { MaterialDto } from './dto/material.dto';
import { Material } from './splitting.entities';

/** Materials the cutting uses: stock lengths and sheet sizes with the saw's kerf and trim. */
@Injectable()
export class MaterialsService {
  constructor(private readonly scope: FactoryScope) {}

  list(): Promise<Material[]> {
    return this.scope.repository(Material).find({ order: { code: 'ASC' } });
  }

  get(code: string): Promise<Material> {
    return this.scope.repository(Material).getBy({ code }, 'material', code, 'code');
  }

  /** Creates or replaces the material with this code. */
  async save(body: MaterialDto): Promise<Material> {
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
    return materials.save(row);
  }

  async specs(manager?: EntityManager): Promise<Map<string, MaterialSpec>> {
    const rows = await this.scope.repository(Material, manager).find();
    return new Map(rows.map((m) => [m.code, m]));
  }
}
