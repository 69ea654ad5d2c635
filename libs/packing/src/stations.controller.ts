import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Roles } from '@mendao/platform';
import { CreateStationDto, StationOrderDto, UpdateStationDto } from './dto/packing.dto';
import { StationDetailDto, StationListDto, StationViewDto } from './dto/packing-responses.dto';
import { type StationDetail, StationsService, type StationView } from './stations.service';

@ApiTags('packing')
@ApiBearerAuth()
@Controller('packing/stations')
export class StationsController {
  constructor(private readonly stations: StationsService) {}

  @Get()
  @Roles('manager', 'packer')
  @ApiOkResponse({ type: StationListDto })
  async list(): Promise<{ items: StationView[] }> {
    return { items: await this.stations.list() };
  }

  @Post()
  @Roles('manager')
  @ApiCreatedResponse({ type: StationViewDto })
  @ApiProblems(400, 409)
  create(@Body() body: CreateStationDto): Promise<StationView> {
    return this.stations.create(body);
  }

  /** The station with its open order's packing progress (per door k of n, what is missing). */
  @Get(':code')
  @Roles('manager', 'packer')
  @ApiOkResponse({ type: StationDetailDto })
  @ApiProblems(404)
  get(@Param('code') code: string): Promise<StationDetail> {
    return this.stations.get(code);
  }

  @Put(':code')
  @Roles('manager')
  @ApiOkResponse({ type: StationViewDto })
  @ApiProblems(400, 404)
  update(@Param('code') code: string, @Body() body: UpdateStationDto): Promise<StationView> {
    return this.stations.update(code, body);
  }

  /** Opens an order at the station, switches to another, or clears it (`order: null`). */
  @Put(':code/order')
  @Roles('packer')
  @ApiOkResponse({ type: StationDetailDto })
  @ApiProblems(400, 404, 409)
  setOrder(@Param('code') code: string, @Body() body: StationOrderDto): Promise<StationDetail> {
    return this.stations.setOrder(code, body.order);
  }
}
