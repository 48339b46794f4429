/**
 * CacheService: string caches whose entries expire on the emulator clock (AS31: keys up to
 * 250 characters, values up to 100 KB, expiry at most 21,600 s; the default is 600 s).
 */
import type { Clock } from '../runtime/clock';
import { gasError } from '../runtime/errors';
import type { ExecutionContext } from './context';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_MAX_EXPIRY_S = 21600;
const DEFAULT_EXPIRY_S = 600;

interface Entry {
  value: string;
  expiresAt: number;
}

export class Cache implements GoogleAppsScript.Cache.Cache {
  static readonly serviceName = 'Cache';
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: Clock) {}

  get(key: string): string | null {
    const entry = this.entries.get(checkKey(key));
    if (!entry) return null;
    if (entry.expiresAt <= this.clock.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  getAll(keys: string[]): { [key: string]: string } {
    const found: { [key: string]: string } = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(key: string, value: string, expirationInSeconds: number = DEFAULT_EXPIRY_S): void {
    this.putAll({ [checkKey(key)]: value }, expirationInSeconds);
  }

  putAll(values: { [key: string]: string }, expirationInSeconds: number = DEFAULT_EXPIRY_S): void {
    const seconds = Math.min(Math.max(1, Math.floor(expirationInSeconds)), CACHE_MAX_EXPIRY_S);
    const checked = Object.entries(values).map(([k, v]) => {
      const value = String(v);
      if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT_BYTES) throw gasError('Argument too large: value');
      return [checkKey(k), value] as const;
    });
    const expiresAt = this.clock.now() + seconds * 1000;
    for (const [k, value] of checked) this.entries.set(k, { value, expiresAt });
  }

  remove(key: string): void {
    this.entries.delete(checkKey(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }
}

function checkKey(key: string): string {
  const k = String(key);
  if (k.length > CACHE_KEY_LIMIT) throw gasError('Argument too large: key');
  return k;
}

export class CacheService implements GoogleAppsScript.Cache.CacheService {
  static readonly serviceName = 'CacheService';
  private readonly script: Cache;
  private readonly document: Cache | null;
  private readonly users = new Map<string, Cache>();

  constructor(
    private readonly clock: Clock,
    private readonly context: ExecutionContext,
  ) {
    this.script = new Cache(clock);
    this.document = context.bound ? new Cache(clock) : null;
  }

  getDocumentCache(): Cache | null {
    return this.document;
  }

  getScriptCache(): Cache {
    return this.script;
  }

  getUserCache(): Cache {
    const email = this.context.userEmail;
    let cache = this.users.get(email);
    if (!cache) this.users.set(email, (cache = new Cache(this.clock)));
    return cache;
  }
}
