import { Optional } from '../http/validators';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsDateString, IsIn, IsString, MaxLength } from 'class-validator';
import { Roles } from '../auth/roles';
import { AuditEntryPageDto } from '../http/dto/platform-responses.dto';
import { DEFAULT_PAGE_SIZE, Page, PageQuery } from '../http/pagination';
import { AUDIT_OUTCOMES, type AuditOutcome, AuditService, AuditView } from './audit.service';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'only requests by this username' })
  @Optional()
  @IsString()
  @MaxLength(64)
  username?: string;

  @ApiPropertyOptional({
    description: 'only requests whose method and route contain this text, any case (`users`, `POST /api/v1/orders`)',
    example: 'users',
  })
  @Optional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ enum: AUDIT_OUTCOMES, description: 'only requests that succeeded, or only those refused' })
  @Optional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: AuditOutcome;

  @ApiPropertyOptional({ description: 'only requests at or after this instant', example: '2026-11-01T00:00:00+08:00' })
  @Optional()
  // strict: 2026-02-30 is refused rather than read as 2 March
  @IsDateString({ strict: true })
  since?: string;

  @ApiPropertyOptional({ description: 'only requests before this instant', example: '2026-12-01T00:00:00+08:00' })
  @Optional()
  // strict: 2026-02-30 is refused rather than read as 2 March
  @IsDateString({ strict: true })
  until?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin', 'manager')
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Newest first: who changed what in this factory, and how it ended. */
  @Get()
  @ApiOkResponse({ type: AuditEntryPageDto })
  list(@Query() query: AuditQuery): Promise<Page<AuditView>> {
    const { limit, cursor, ...filter } = query;
    return this.audit.list(limit ?? DEFAULT_PAGE_SIZE, cursor, filter);
  }
}
