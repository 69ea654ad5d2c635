import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole, ApiProblems, Roles } from '@mendao/platform';
import { CalendarService, type MaintenanceView, type ShiftView } from './calendar.service';
import {
  CreateHolidayDto,
  CreateMaintenanceDto,
  CreateShiftDto,
  HolidayDto,
  HolidayListDto,
  MaintenanceDto,
  MaintenanceListDto,
  MaintenanceQuery,
  ShiftDto,
  ShiftListDto,
  UpdateShiftDto,
} from './dto/calendar.dto';

/** Shifts in the factory's local time, with their planned breaks. */
@ApiTags('equipment')
@ApiBearerAuth()
@AnyRole()
@Controller('shifts')
export class ShiftsController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @ApiOkResponse({ type: ShiftListDto })
  async list(): Promise<{ items: ShiftView[] }> {
    return { items: await this.calendar.listShifts() };
  }

  @Post()
  @Roles('manager')
  @ApiCreatedResponse({ type: ShiftDto })
  @ApiProblems(409, 422)
  create(@Body() body: CreateShiftDto): Promise<ShiftView> {
    return this.calendar.createShift(body);
  }

  @Patch(':code')
  @Roles('manager')
  @ApiOkResponse({ type: ShiftDto })
  @ApiProblems(422)
  update(@Param('code') code: string, @Body() body: UpdateShiftDto): Promise<ShiftView> {
    return this.calendar.updateShift(code, body);
  }

  /** Shifts are kept for past OEE: DELETE switches one off. */
  @Delete(':code')
  @Roles('manager')
  @ApiOkResponse({ type: ShiftDto, description: 'the shift, now inactive' })
  deactivate(@Param('code') code: string): Promise<ShiftView> {
    return this.calendar.deactivateShift(code);
  }
}

/** Holidays (no shift starts on one) and planned maintenance: both outside planned busy time. */
@ApiTags('equipment')
@ApiBearerAuth()
@AnyRole()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('holidays')
  @ApiOkResponse({ type: HolidayListDto })
  async holidays(): Promise<{ items: { day: string; name: string }[] }> {
    return { items: await this.calendar.listHolidays() };
  }

  @Post('holidays')
  @Roles('manager')
  @ApiCreatedResponse({ type: HolidayDto })
  @ApiProblems(409)
  addHoliday(@Body() body: CreateHolidayDto): Promise<{ day: string; name: string }> {
    return this.calendar.addHoliday(body);
  }

  @Delete('holidays/:day')
  @Roles('manager')
  @ApiOkResponse({ type: HolidayDto, description: 'the holiday removed' })
  removeHoliday(@Param('day') day: string): Promise<{ day: string; name: string }> {
    return this.calendar.removeHoliday(day);
  }

  @Get('maintenance')
  @ApiOkResponse({ type: MaintenanceListDto })
  async maintenance(@Query() query: MaintenanceQuery): Promise<{ items: MaintenanceView[] }> {
    return { items: await this.calendar.listMaintenance(query) };
  }

  @Post('maintenance')
  @Roles('manager')
  @ApiCreatedResponse({ type: MaintenanceDto })
  @ApiProblems(422)
  addMaintenance(@Body() body: CreateMaintenanceDto): Promise<MaintenanceView> {
    return this.calendar.addMaintenance(body);
  }

  @Delete('maintenance/:id')
  @Roles('manager')
  @ApiOkResponse({ type: MaintenanceDto, description: 'the maintenance removed' })
  removeMaintenance(@Param('id') id: string): Promise<MaintenanceView> {
    return this.calendar.removeMaintenance(id);
  }
}
