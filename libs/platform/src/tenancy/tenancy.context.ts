import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { Role } from '../auth/roles';

/** Who is acting and for which factory: set once per request by the auth guard, or by a job runner. */
export interface Actor {
  factoryId: string;
  userId?: string;
  username?: string;
  roles?: Role[];
  /** The HTTP request acted through (absent in jobs and the CLI). */
  request?: RequestTrail;
}

/** What the audit row of a request records about it; `written` once a use case wrote that row itself. */
export interface RequestTrail {
  id: string;
  ip: string;
  method: string;
  route: string;
  path: string;
  startedAt: number;
  written: boolean;
}

const ACTOR = 'mendao.actor';

@Injectable()
export class TenancyContext {
  constructor(private readonly cls: ClsService) {}

  actor(): Actor | undefined {
    return this.cls.isActive() ? this.cls.get<Actor | undefined>(ACTOR) : undefined;
  }

  /** The caller's factory; asking outside a request or job is a programming error. */
  factoryId(): string {
    const actor = this.actor();
    if (!actor) throw new Error('No factory in context: run inside a request or TenancyContext.run()');
    return actor.factoryId;
  }

  enter(actor: Actor): void {
    this.cls.set(ACTOR, actor);
  }

  run<T>(actor: Actor, fn: () => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'override' }, () => {
      this.cls.set(ACTOR, actor);
      return fn();
    });
  }
}
