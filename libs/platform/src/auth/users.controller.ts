import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems.decorator';
import { IdParam } from '../http/id-param.pipe';
import { DEFAULT_PAGE_SIZE, Page, PageQuery } from '../http/pagination';
import type { AuthenticatedRequest } from './auth.guard';
import { UserDto, UserPageDto } from './dto/auth-responses.dto';
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
  @ApiOkResponse({ type: UserPageDto })
  list(@Query() query: PageQuery): Promise<Page<UserView>> {
    return this.users.list(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  get(@Param('id', uuid) id: string): Promise<UserView> {
    return this.users.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: UserDto })
  @ApiProblems(409)
  create(@Body() body: CreateUserDto): Promise<UserView> {
    return this.users.create(body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(409)
  update(
    @Param('id', uuid) id: string,
    @Body() body: UpdateUserDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<UserView> {
    return this.users.update(id, body, request.actor?.userId);
  }

  /** Users are never deleted (the audit trail names them); DELETE deactivates. */
  @Delete(':id')
  @ApiOkResponse({ type: UserDto, description: 'the user, now inactive' })
  @ApiProblems(409)
  remove(@Param('id', uuid) id: string, @Req() request: AuthenticatedRequest): Promise<UserView> {
    return this.users.setActive(id, false, request.actor?.userId);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(409)
  deactivate(@Param('id', uuid) id: string, @Req() request: AuthenticatedRequest): Promise<UserView> {
    return this.users.setActive(id, false, request.actor?.userId);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  activate(@Param('id', uuid) id: string): Promise<UserView> {
    return this.users.setActive(id, true);
  }
}
