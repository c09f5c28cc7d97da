import type { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';

/** A provider's method carrying a decorator's metadata: bound to its instance, named `Class.method`. */
export interface DecoratedMethod<M> {
  meta: M;
  /** `Class.method`, for messages about it. */
  name: string;
  call: (...args: never[]) => unknown;
}

/**
 * Every provider method the decorator `key` marked (event handlers, record rules, SQL reads), found at start: what a
 * module declares with a decorator, core collects here.
 */
export function decoratedMethods<M>(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
  key: string | symbol,
): Array<DecoratedMethod<M>> {
  const found: Array<DecoratedMethod<M>> = [];
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const proto = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(proto)) {
      const method = (proto as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
      const meta = reflector.get<M | undefined>(key, method);
      if (meta === undefined) continue;
      found.push({ meta, name: `${instance.constructor.name}.${name}`, call: (...args) => method.apply(instance, args) });
    }
  }
  return found;
}
