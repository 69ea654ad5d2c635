import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from './auth.guard';
import { AuthService, LoginResult } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { Public } from './roles';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in / 登录' })
  async login(@Body() body: LoginDto, @Req() request: AuthenticatedRequest): Promise<LoginResult> {
    const result = await this.auth.login(body, request.ip);
    // lets the audit hook name who signed in
    request.actor = { factoryId: result.user.factory.id, userId: result.user.id, username: result.user.username };
    return result;
  }
}
