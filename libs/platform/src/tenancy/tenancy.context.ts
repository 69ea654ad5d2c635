import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { currentWorkload, runAsWorkload } from '../database/workload';
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

/** Where the actor lives for the rest of a request or job: filled in once it is known. */
interface TenancyScope {
  actor?: Actor;
}

// one store for the process: every TenancyContext (one per application) reads the same scopes
const scopes = new AsyncLocalStorage<TenancyScope>();

/**
 * Who is acting, for the code a request or job runs. Plain AsyncLocalStorage: the HTTP layer opens an
 * empty scope per request (`openRequestScope`) that the auth guard fills; jobs and the CLI `run` one.
 */
@Injectable()
export class TenancyContext {
  actor(): Actor | undefined {
    return scopes.getStore()?.actor;
  }

  /** The caller's factory; asking outside a request or job is a programming error. */
  factoryId(): string {
    const actor = this.actor();
    if (!actor) throw new Error('No factory in context: run inside a request or TenancyContext.run()');
    return actor.factoryId;
  }

  /** Sets the actor of the request in progress (the auth guard, once the token is verified). */
  enter(actor: Actor): void {
    const scope = scopes.getStore();
    if (!scope) throw new Error('No request scope: openRequestScope must run first');
    scope.actor = actor;
  }

  run<T>(actor: Actor, fn: () => Promise<T>): Promise<T> {
    return scopes.run({ actor }, fn);
  }
}

/** The acting factory, if any, for plumbing that is not injected (the database pool shares connections by it). */
export function currentFactoryId(): string | undefined {
  return scopes.getStore()?.actor?.factoryId;
}

/** Runs the rest of a request (`next`) in a scope of its own, still without an actor. */
export function openRequestScope(next: () => void): void {
  scopes.run({}, next);
}

/**
 * The context of the request or job in progress as it is now (its tenancy scope and workload), to run work in later
 * from another context: a scan decided on its own after a batch that another request's context ran. Cheaper than
 * AsyncResource.bind (and AsyncLocalStorage.snapshot, which uses it), which builds a deprecation wrapper per call.
 */
export function snapshotContext(): <R>(work: () => R) => R {
  const scope = scopes.getStore() ?? {};
  const workload = currentWorkload();
  return (work) => scopes.run(scope, () => runAsWorkload(workload, work));
}
