import { Optional } from '../http/validators';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Roles } from '../auth/roles';
import { AuditEntryPageDto } from '../http/dto/platform-responses.dto';
import { DEFAULT_PAGE_SIZE, Page, PageQuery } from '../http/pagination';
import { AuditService, AuditView } from './audit.service';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'only requests by this username' })
  @Optional()
  @IsString()
  @MaxLength(64)
  username?: string;
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
    return this.audit.list(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor, query.username);
  }
}
