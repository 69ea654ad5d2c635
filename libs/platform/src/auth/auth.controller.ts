import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems.decorator';
import type { AuthenticatedRequest } from './auth.guard';
import { AuthService, LoginAttempt, LoginResult } from './auth.service';
import { LoginResultDto } from './dto/auth-responses.dto';
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
  @ApiOkResponse({ type: LoginResultDto })
  @ApiProblems(401, 429)
  async login(@Body() body: LoginDto, @Req() request: AuthenticatedRequest): Promise<LoginResult> {
    const attempt: LoginAttempt = {};
    try {
      const result = await this.auth.login(body, request.ip, attempt);
      // lets the audit hook name who signed in
      request.actor = { factoryId: result.user.factory.id, userId: result.user.id, username: result.user.username };
      return result;
    } catch (error) {
      // a failed login is recorded against the factory it named, so that factory's admins see it in their
      // audit log (the answer stays the same whether the factory exists or not)
      if (attempt.factoryId)
        request.actor = { factoryId: attempt.factoryId, userId: attempt.userId, username: body.username };
      throw error;
    }
  }
}
