import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles, ValidationFailedError } from '@mendao/platform';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CreateProductDto, PRODUCT_CODE, ProductBodyDto } from './dto/product.dto';
import { MaterialDto } from './dto/material.dto';
import { MaterialsService } from './materials.service';
import { ProductsService, ProductView } from './products.service';
import type { Material } from './splitting.entities';

class VersionQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000) version?: number;
}

@ApiTags('products')
@ApiBearerAuth()
@Roles('planner', 'manager')
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  list(): Promise<ProductView[]> {
    return this.products.list();
  }

  @Post()
  @Roles('planner')
  create(@Body() body: CreateProductDto): Promise<ProductView> {
    const { code, ...rest } = body;
    return this.products.create(code, rest);
  }

  @Get(':code')
  get(@Param('code') code: string, @Query() query: VersionQuery): Promise<ProductView> {
    return this.products.get(code, query.version);
  }

  @Get(':code/versions')
  versions(@Param('code') code: string): Promise<ProductView[]> {
    return this.products.versions(code);
  }

  /** A new version; lines entered before keep the version they were entered with. */
  @Put(':code')
  @Roles('planner')
  update(@Param('code') code: string, @Body() body: ProductBodyDto): Promise<ProductView> {
    if (!PRODUCT_CODE.test(code)) {
      throw new ValidationFailedError([
        { field: 'code', message: 'code must be 1–40 letters, digits, _, . or - / 型号格式不对' },
      ]);
    }
    return this.products.update(code, body);
  }
}

@ApiTags('materials')
@ApiBearerAuth()
@Roles('planner', 'manager', 'warehouse')
@Controller('materials')
export class MaterialsController {
  constructor(private readonly materials: MaterialsService) {}

  @Get()
  list(): Promise<Material[]> {
    return this.materials.list();
  }

  @Get(':code')
  get(@Param('code') code: string): Promise<Material> {
    return this.materials.get(code);
  }

  /** Creates or replaces a material by code. */
  @Post()
  @Roles('planner')
  save(@Body() body: MaterialDto): Promise<Material> {
    return this.materials.save(body);
  }
}
