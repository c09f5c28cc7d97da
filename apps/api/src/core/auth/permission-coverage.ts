import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';
import { PERMISSION_KEY, PUBLIC_KEY } from './permission.decorator';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_PROPERTY = 'graphql:resolve_property';

/** Finds every query, mutation, field resolver and HTTP route that declares neither a permission nor @Public. */
export function findUndeclaredOperations(discovery: DiscoveryService, scanner: MetadataScanner, reflector: Reflector): string[] {
  const missing: string[] = [];
  const wrappers = [...discovery.getProviders(), ...discovery.getControllers()];
  for (const wrapper of wrappers) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const proto = Object.getPrototypeOf(instance) as object;
    const isController = reflector.get(PATH_METADATA, instance.constructor) !== undefined && discovery.getControllers().includes(wrapper);
    const classPublic = reflector.get<boolean>(PUBLIC_KEY, instance.constructor);
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = (proto as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
      const isOperation =
        reflector.get(RESOLVER_TYPE, handler) !== undefined ||
        reflector.get(RESOLVER_PROPERTY, handler) !== undefined ||
        (isController && reflector.get(PATH_METADATA, handler) !== undefined);
      if (!isOperation) continue;
      if (classPublic || reflector.get(PUBLIC_KEY, handler) || reflector.get(PERMISSION_KEY, handler)) continue;
      missing.push(`${instance.constructor.name}.${name}`);
    }
  }
  return missing;
}

/** Boot-time check: the app refuses to start while any operation lacks a declared permission. */
@Injectable()
export class PermissionCoverageCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const missing = findUndeclaredOperations(this.discovery, this.scanner, this.reflector);
    if (missing.length > 0) {
      throw new Error(
        `Refusing to boot: these operations declare no permission (add @RequirePermission or @Public): ${missing.join(', ')}`,
      );
    }
  }
}
