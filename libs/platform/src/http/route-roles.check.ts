import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '../auth/roles';

/** Refuses to boot when a route forgot to say who may call it: deny-by-default made visible at start. */
@Injectable()
export class RouteRolesCheck implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const unguarded: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as () => unknown;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const targets = [handler, wrapper.metatype];
        const declared =
          this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ||
          this.reflector.getAllAndOverride<unknown[]>(ROLES_KEY, targets) !== undefined;
        if (!declared) unguarded.push(`${wrapper.name}.${name}`);
      }
    }
    if (unguarded.length > 0) throw new Error(`Routes without @Roles or @Public: ${unguarded.join(', ')}`);
  }
}
