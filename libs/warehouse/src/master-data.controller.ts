import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ApiProblems, DEFAULT_PAGE_SIZE, type Page, PageQuery, Roles, Optional } from '@mendao/platform';
import { CreateItemDto, CreateLocationDto, UpdateItemDto, UpdateLocationDto } from './dto/master-data.dto';
import {
  BelowReorderPointDto,
  ItemDto,
  ItemPageDto,
  LocationDto,
  LocationPageDto,
} from './dto/master-data-responses.dto';
import { type ItemView, type LocationView, MasterDataService } from './master-data.service';
import { StockService } from './stock.service';
import { ITEM_KINDS, type ItemKind } from './warehouse.entities';

class ItemListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ITEM_KINDS }) @Optional() @IsIn(ITEM_KINDS) kind?: ItemKind;
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
  @ApiCreatedResponse({ type: ItemDto })
  @ApiProblems(409)
  create(@Body() body: CreateItemDto): Promise<ItemView> {
    return this.masterData.createItem(body);
  }

  @Get()
  @ApiOkResponse({ type: ItemPageDto })
  list(@Query() query: ItemListQuery): Promise<Page<ItemView>> {
    return this.masterData.listItems(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor, query.kind);
  }

  /** Items whose stock over all locations is below their reorder point. */
  @Get('below-reorder-point')
  @ApiOkResponse({ type: [BelowReorderPointDto] })
  belowReorderPoint() {
    return this.stock.belowReorderPoint();
  }

  @Get(':key')
  @ApiOkResponse({ type: ItemDto })
  get(@Param('key') key: string): Promise<ItemView> {
    return this.masterData.getItem(key);
  }

  @Patch(':key')
  @Roles('warehouse')
  @ApiOkResponse({ type: ItemDto })
  @ApiProblems(409)
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
  @ApiCreatedResponse({ type: LocationDto })
  @ApiProblems(409)
  create(@Body() body: CreateLocationDto): Promise<LocationView> {
    return this.masterData.createLocation(body);
  }

  @Get()
  @ApiOkResponse({ type: LocationPageDto })
  list(@Query() query: PageQuery): Promise<Page<LocationView>> {
    return this.masterData.listLocations(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
  }

  @Get(':key')
  @ApiOkResponse({ type: LocationDto })
  get(@Param('key') key: string): Promise<LocationView> {
    return this.masterData.getLocation(key);
  }

  @Patch(':key')
  @Roles('warehouse')
  @ApiOkResponse({ type: LocationDto })
  @ApiProblems(409)
  update(@Param('key') key: string, @Body() body: UpdateLocationDto): Promise<LocationView> {
    return this.masterData.updateLocation(key, body);
  }
}
