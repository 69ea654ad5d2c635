import {
  Body,
  Controller,
  createParamDecorator,
  type ExecutionContext,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AnyRole, ApiProblems, Roles } from '@mendao/platform';
import { CreateMachineDto, MachineDto, MachineListDto, UpdateMachineDto } from './dto/machine.dto';
import { FactoryEventsDto, IngestResultDto, MachineEventsDto } from './dto/machine-events.dto';
import { type IngestResult, MachineEventsService } from './machine-events.service';
import { type MachineView, MachinesService } from './machines.service';

/**
 * A batch's body as parsed (and checked for plain text by the platform), past the global pipe: the service checks
 * its shape and each event, field by field. A DTO would have class-transformer copy up to 5,000 events first,
 * which costs more than storing them.
 */
const EventsBody = createParamDecorator((_: unknown, context: ExecutionContext): unknown => {
  return context.switchToHttp().getRequest<FastifyRequest>().body;
});

/** Machines, by code or id wherever one is named. */
@ApiTags('equipment')
@ApiBearerAuth()
@AnyRole()
@Controller('machines')
export class MachinesController {
  constructor(
    private readonly machines: MachinesService,
    private readonly events: MachineEventsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MachineListDto })
  async list(): Promise<{ items: MachineView[] }> {
    return { items: await this.machines.list() };
  }

  @Post()
  @Roles('manager')
  @ApiCreatedResponse({ type: MachineDto })
  @ApiProblems(409)
  create(@Body() body: CreateMachineDto): Promise<MachineView> {
    return this.machines.create(body);
  }

  @Get(':code')
  @ApiOkResponse({ type: MachineDto })
  get(@Param('code') code: string): Promise<MachineView> {
    return this.machines.get(code);
  }

  @Patch(':code')
  @Roles('manager')
  @ApiOkResponse({ type: MachineDto })
  update(@Param('code') code: string, @Body() body: UpdateMachineDto): Promise<MachineView> {
    return this.machines.update(code, body);
  }

  /** States and counts of one machine (a tablet, a gateway): idempotent per event id. */
  @Post(':code/events')
  @HttpCode(200)
  @Roles('operator', 'manager')
  @ApiBody({ type: MachineEventsDto })
  @ApiOkResponse({ type: IngestResultDto })
  @ApiProblems(400, 404, 413, 422)
  ingest(@Param('code') code: string, @EventsBody() body: unknown): Promise<IngestResult> {
    return this.events.ingestForMachine(code, body, 'http');
  }
}

@ApiTags('equipment')
@ApiBearerAuth()
@Controller('machine-events')
export class MachineEventsController {
  constructor(private readonly events: MachineEventsService) {}

  /** A gateway's batch across machines; an unknown machine is a 422 at its event's `machine`. */
  @Post()
  @HttpCode(200)
  @Roles('operator', 'manager')
  @ApiBody({ type: FactoryEventsDto })
  @ApiOkResponse({ type: IngestResultDto })
  @ApiProblems(400, 413, 422)
  ingest(@EventsBody() body: unknown): Promise<IngestResult> {
    return this.events.ingestEvents(body, 'http');
  }
}
