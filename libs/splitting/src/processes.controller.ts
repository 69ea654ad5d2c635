import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole, ApiProblems, Roles } from '@mendao/platform';
import {
  CreateProcessDto,
  ProcessDto,
  ProcessListQuery,
  ReorderProcessesDto,
  UpdateProcessDto,
} from './dto/process.dto';
import { ProcessesService, type ProcessView } from './processes.service';

/** The factory's processes (工序): everyone who plans or works reads them; planners change them. */
@ApiTags('processes')
@ApiBearerAuth()
@AnyRole()
@Controller('processes')
export class ProcessesController {
  constructor(private readonly processes: ProcessesService) {}

  @Get()
  @ApiOkResponse({ type: [ProcessDto], description: 'in the factory’s order; `?all=true` with the switched-off ones' })
  list(@Query() query: ProcessListQuery): Promise<ProcessView[]> {
    return this.processes.list(query.all === 'true');
  }

  /** A new process at the end of the list; 409 when its code is taken (PATCH changes an existing one). */
  @Post()
  @Roles('planner')
  @ApiCreatedResponse({ type: ProcessDto })
  @ApiProblems(409)
  create(@Body() body: CreateProcessDto): Promise<ProcessView> {
    return this.processes.create(body);
  }

  /** The whole list in a new order: every code of the factory exactly once, or 422 naming `codes`. */
  @Put('order')
  @Roles('planner')
  @ApiOkResponse({ type: [ProcessDto], description: 'every process, switched-off ones included, in the new order' })
  @ApiProblems(422)
  reorder(@Body() body: ReorderProcessesDto): Promise<ProcessView[]> {
    return this.processes.reorder(body.codes);
  }

  /** Names, minimum wait, instructions (printed on travelers), on or off; there is no delete, as old routes and work orders name the code. */
  @Patch(':code')
  @Roles('planner')
  @ApiOkResponse({ type: ProcessDto })
  update(@Param('code') code: string, @Body() body: UpdateProcessDto): Promise<ProcessView> {
    return this.processes.update(code, body);
  }
}
