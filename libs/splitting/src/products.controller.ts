import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, Roles, ValidationFailedError, Optional } from '@mendao/platform';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { CreateProductDto, PRODUCT_CODE, ProductBodyDto } from './dto/product.dto';
import { MaterialBodyDto, MaterialDto, MaterialPatchDto } from './dto/material.dto';
import { ProductPreviewDto, ProductPreviewRequestDto } from './dto/product-preview.dto';
import { ProductDto, StoredMaterialDto } from './dto/splitting-responses.dto';
import { MaterialsService, type MaterialView } from './materials.service';
import { OrderImportService } from './order-import.service';
import { ProductsService, type ProductPreview, ProductView } from './products.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

class VersionQuery {
  @ApiPropertyOptional({ minimum: 1, description: 'a past version; default the latest' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version?: number;
}

@ApiTags('products')
@ApiBearerAuth()
@Roles('planner', 'manager')
@Controller('products')
export class ProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly importer: OrderImportService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [ProductDto], description: 'the latest version of each product' })
  list(): Promise<ProductView[]> {
    return this.products.list();
  }

  @Post()
  @Roles('planner')
  @ApiCreatedResponse({ type: ProductDto })
  @ApiProblems(409, 422)
  create(@Body() body: CreateProductDto): Promise<ProductView> {
    const { code, ...rest } = body;
    return this.products.create(code, rest);
  }

  /**
   * The parts a draft model gives for one door, for an editor's live preview: the draft is refused exactly as a
   * save would refuse it (fields under `product.`), sizes outside its ranges name `line.*`. Nothing is stored.
   */
  @Post('preview')
  @HttpCode(200)
  @Roles('planner')
  @ApiOkResponse({ type: ProductPreviewDto, description: 'the parts and pieces for `line.quantity` doors' })
  @ApiProblems(422)
  async preview(@Body() body: ProductPreviewRequestDto): Promise<ProductPreview> {
    return this.products.preview(body.product, body.line, await this.products.checkContext());
  }

  @Get(':code')
  @ApiOkResponse({ type: ProductDto })
  get(@Param('code') code: string, @Query() query: VersionQuery): Promise<ProductView> {
    return this.products.get(code, query.version);
  }

  /**
   * The order import's template for this model: the order's columns, then its inputs (Chinese headers, a note,
   * Excel data validation) and an example row of its defaults that imports as it is.
   */
  @Get(':code/import-template.xlsx')
  @Roles('planner')
  @Header('content-type', XLSX)
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'an .xlsx workbook',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  async importTemplate(@Param('code') code: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const file = await this.importer.modelTemplate(code);
    void reply.header(
      'content-disposition',
      `attachment; filename="order-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent(`订单导入模板-${code}.xlsx`)}`,
    );
    return file;
  }

  @Get(':code/versions')
  @ApiOkResponse({ type: [ProductDto], description: 'every version, oldest first' })
  versions(@Param('code') code: string): Promise<ProductView[]> {
    return this.products.versions(code);
  }

  /** A new version; lines entered before keep the version they were entered with. */
  @Put(':code')
  @Roles('planner')
  @ApiOkResponse({ type: ProductDto, description: 'the new version' })
  @ApiProblems(422)
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
  @ApiOkResponse({ type: [StoredMaterialDto], description: 'the latest version of each material' })
  list(): Promise<MaterialView[]> {
    return this.materials.list();
  }

  @Get(':code')
  @ApiOkResponse({ type: StoredMaterialDto, description: 'the latest version, or `?version=`' })
  @ApiProblems(404)
  get(@Param('code') code: string, @Query() query: VersionQuery): Promise<MaterialView> {
    return this.materials.get(code, query.version);
  }

  @Get(':code/versions')
  @ApiOkResponse({ type: [StoredMaterialDto], description: 'every version, oldest first' })
  @ApiProblems(404)
  versions(@Param('code') code: string): Promise<MaterialView[]> {
    return this.materials.versions(code);
  }

  /** Version 1 of a new material; 409 when its code is taken (PUT or PATCH change an existing one). */
  @Post()
  @Roles('planner')
  @ApiCreatedResponse({ type: StoredMaterialDto })
  @ApiProblems(409, 422)
  create(@Body() body: MaterialDto): Promise<MaterialView> {
    return this.materials.create(body);
  }

  /**
   * A full replacement as a new version (the same content adds none and answers the current one). Runs already
   * split keep the versions they used.
   */
  @Put(':code')
  @Roles('planner')
  @ApiOkResponse({ type: StoredMaterialDto, description: 'the new (or unchanged current) version' })
  @ApiProblems(404, 422)
  replace(@Param('code') code: string, @Body() body: MaterialBodyDto): Promise<MaterialView> {
    return this.materials.replace(code, body);
  }

  /** Only the fields given change, the rest carried from the latest version; a new version as PUT. */
  @Patch(':code')
  @Roles('planner')
  @ApiOkResponse({ type: StoredMaterialDto, description: 'the new (or unchanged current) version' })
  @ApiProblems(404, 422)
  patch(@Param('code') code: string, @Body() body: MaterialPatchDto): Promise<MaterialView> {
    return this.materials.patch(code, body);
  }
}
