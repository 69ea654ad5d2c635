import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DEFAULT_PAGE_SIZE, type Page, PageQuery, Roles } from '@mendao/platform';
import { CreateItemDto, CreateLocationDto, UpdateItemDto, UpdateLocationDto } from './dto/master-data.dto';
import { type ItemView, type LocationView, MasterDataService } from './master-data.service';
import { StockService } from './stock.service';
import { ITEM_KINDS, type ItemKind } from './warehouse.entities';

class ItemListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ITEM_KINDS }) @IsOptional() @IsIn(ITEM_KINDS) kind?: ItemKind;
}

/** Items: code, barcode or id wherever one is named. */
@ApiTags('warehouse')
@ApiBearerAuth()
@Roles('warehouse', 'planner', 'manager', 'packer')
@Controller('items')
export class ItemsController {
  constructor(
    private readonly masterData: MasterDataService,
    private readonly stock: StockService,
  ) {}

  @Post()
  @Roles('warehouse')
  create(@Body() body: CreateItemDto): Promise<ItemView> {
    return this.masterData.createItem(body);
  }

  @Get()
  list(@Query() query: ItemListQuery): Promise<Page<ItemView>> {
    return this.masterData.listItems(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor, query.kind);
  }

  /** Items whose stock over all locations is below their reorder point. */
  @Get('below-reorder-point')
  belowReorderPoint() {
    return this.stock.belowReorderPoint();
  }

  @Get(':key')
  get(@Param('key') key: string): Promise<ItemView> {
    return this.masterData.getItem(key);
  }

  @Patch(':key')
  @Roles('warehouse')
  update(@Param('key') key: string, @Body() body: UpdateItemDto): Promise<ItemView> {
    return this.masterData.updateItem(key, body);
  }
}

@ApiTags('warehouse')
@ApiBearerAuth()
@Roles('warehouse', 'planner', 'manager', 'packer')
@Controller('locations')
export class LocationsController {
  constructor(private readonly masterData: MasterDataService) {}

  @Post()
  @Roles('warehouse')
  create(@Body() body: CreateLocationDto): Promise<LocationView> {
    return this.masterData.createLocation(body);
  }

  @Get()
  list(@Query() query: PageQuery): Promise<Page<LocationView>> {
    return this.masterData.listLocations(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
  }

  @Get(':key')
  get(@Param('key') key: string): Promise<LocationView> {
    return this.masterData.getLocation(key);
  }

  @Patch(':key')
  @Roles('warehouse')
  update(@Param('key') key: string, @Body() body: UpdateLocationDto): Promise<LocationView> {
    return this.masterData.updateLocation(key, body);
  }
}
