import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../http/id-param.pipe';
import { DEFAULT_PAGE_SIZE, Page, PageQuery } from '../http/pagination';
import type { AuthenticatedRequest } from './auth.guard';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { Roles } from './roles';
import { UsersService, UserView } from './users.service';

const uuid = new IdParam('user');

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: PageQuery): Promise<Page<UserView>> {
    return this.users.list(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
  }

  @Get(':id')
  get(@Param('id', uuid) id: string): Promise<UserView> {
    return this.users.get(id);
  }

  @Post()
  create(@Body() body: CreateUserDto): Promise<UserView> {
    return this.users.create(body);
  }

  @Patch(':id')
  update(
    @Param('id', uuid) id: string,
    @Body() body: UpdateUserDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<UserView> {
    return this.users.update(id, body, request.actor?.userId);
  }

  /** Users are never deleted (the audit trail names them); DELETE deactivates. */
  @Delete(':id')
  remove(@Param('id', uuid) id: string, @Req() request: AuthenticatedRequest): Promise<UserView> {
    return this.users.setActive(id, false, request.actor?.userId);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  deactivate(@Param('id', uuid) id: string, @Req() request: AuthenticatedRequest): Promise<UserView> {
    return this.users.setActive(id, false, request.actor?.userId);
  }

  @Post(':id/activate')
  @HttpCode(200)
  activate(@Param('id', uuid) id: string): Promise<UserView> {
    return this.users.setActive(id, true);
  }
}
