import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AuditService } from '../audit/audit.service';
import { DomainError, PLATFORM_ERRORS } from '../errors/domain.error';
import { Actor, RequestTrail, TenancyContext } from '../tenancy/tenancy.context';
import { AuthService } from './auth.service';
import { hasRole, PUBLIC_KEY, Role, ROLES_KEY } from './roles';

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor; trail?: RequestTrail };

/** Global guard: bearer token → active user → factory context → role check. Deny by default. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly tenancy: TenancyContext,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new DomainError(PLATFORM_ERRORS['auth.unauthenticated'], 'Missing bearer token / 缺少登录令牌');
    const user = await this.auth.authenticate(token);
    const trail: RequestTrail = {
      id: String(request.id),
      ip: request.ip,
      method: request.method,
      route: request.routeOptions.url ?? request.url.split('?')[0],
      path: request.url,
      startedAt: Date.now(),
      written: false,
    };
    const actor: Actor = {
      factoryId: user.factoryId,
      userId: user.id,
      username: user.username,
      roles: user.roles,
      request: trail,
    };
    request.actor = actor;
    request.trail = trail;
    this.audit.track(trail, request.params, request.body);
    this.tenancy.enter(actor);
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!hasRole(user.roles, required)) {
      throw new DomainError(
        PLATFORM_ERRORS['auth.forbidden'],
        `Requires role ${required.join(' or ')} / 需要角色 ${required.join('/')}`,
        { required },
      );
    }
    return true;
  }
}
