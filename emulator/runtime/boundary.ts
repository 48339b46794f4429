/**
 * The line between the bundle and the emulated services. Every emulator object the bundle
 * receives is wrapped in a Proxy that counts each method call as `Tag.method` and wraps what
 * the call returns; objects the bundle passes back (a range to `setRanges`, a rule to
 * `setDataValidation`) are unwrapped, so emulator internals never see proxies and never
 * count their own calls.
 *
 * An emulator class takes part by declaring `static readonly serviceName = 'Range'` (or an
 * instance `serviceName`), the name used in counts.
 */
import type { CallCounter } from './calls';

const targets = new WeakMap<object, object>();
const proxies = new WeakMap<object, object>();

function tagOf(value: object): string | undefined {
  const own = (value as { serviceName?: unknown }).serviceName;
  if (typeof own === 'string') return own;
  const ctor = (value as { constructor?: { serviceName?: unknown } }).constructor;
  return typeof ctor?.serviceName === 'string' ? ctor.serviceName : undefined;
}

export function unwrap<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    const t = targets.get(value as object);
    if (t) return t as T;
    if (Array.isArray(value)) return value.map(unwrap) as T;
  }
  return value;
}

export function wrap<T>(value: T, calls: CallCounter): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    return (value.length > 0 && value.some((v) => v !== null && typeof v === 'object' && tagOf(v)) ? value.map((v) => wrap(v, calls)) : value) as T;
  }
  const obj = value as object;
  const tag = tagOf(obj);
  if (!tag) return value;
  const existing = proxies.get(obj);
  if (existing) return existing as T;
  const proxy = new Proxy(obj, {
    get(target, prop, receiver) {
      const member = Reflect.get(target, prop, receiver);
      // Sub-services held as properties (`Drive.Files`) are counted like the rest.
      if (member !== null && typeof member === 'object' && typeof prop !== 'symbol') return wrap(member, calls);
      // AS46: a service object prints as its class name ('Range', 'Sheet'), not [object Object].
      if (prop === 'toString' && member === Object.prototype.toString) return () => tag;
      if (typeof member !== 'function' || typeof prop === 'symbol' || prop === 'constructor') return member;
      return function counted(...args: unknown[]) {
        calls.enter(tag, prop);
        const result = member.apply(target, args.map(unwrap));
        // Builders return themselves: keep returning the same proxy.
        return result === target ? proxy : wrap(result, calls);
      };
    },
  });
  targets.set(proxy, obj);
  proxies.set(obj, proxy);
  return proxy as T;
}
