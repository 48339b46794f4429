/**
 * PropertiesService: string key-value stores for the script, each user and the bound
 * document, with the AS30 quotas (9 KB per value, 500 KB per store).
 */
import { gasError } from '../runtime/errors';
import type { ExecutionContext } from './context';

export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
const QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export class Properties implements GoogleAppsScript.Properties.Properties {
  static readonly serviceName = 'Properties';
  private readonly values = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.values.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): Properties {
    return this.setProperties({ [key]: value });
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): Properties {
    // Apps Script stores every value as a string (objects become "[object Object]").
    const next = new Map(deleteAllOthers ? [] : this.values);
    for (const [k, v] of Object.entries(properties)) {
      const value = String(v);
      if (bytes(value) > PROPERTY_VALUE_LIMIT_BYTES) throw gasError(QUOTA_MESSAGE);
      next.set(String(k), value);
    }
    if (storeSize(next) > PROPERTY_STORE_LIMIT_BYTES) throw gasError(QUOTA_MESSAGE);
    this.values.clear();
    for (const [k, v] of next) this.values.set(k, v);
    return this;
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.values);
  }

  getKeys(): string[] {
    return [...this.values.keys()];
  }

  deleteProperty(key: string): Properties {
    this.values.delete(String(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this.values.clear();
    return this;
  }

  /** Bytes used, keys included, as the store quota counts them. */
  size(): number {
    return storeSize(this.values);
  }
}

function storeSize(values: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of values) n += bytes(k) + bytes(v);
  return n;
}

/** The stores, kept by the Emulator across runs (`emu.properties`). */
export class PropertyStores {
  readonly script = new Properties();
  /** Null when the script is not bound to a document. */
  readonly document: Properties | null;
  private readonly users = new Map<string, Properties>();

  constructor(bound: boolean) {
    this.document = bound ? new Properties() : null;
  }

  user(email: string): Properties {
    let store = this.users.get(email);
    if (!store) this.users.set(email, (store = new Properties()));
    return store;
  }
}

export class PropertiesService implements GoogleAppsScript.Properties.PropertiesService {
  static readonly serviceName = 'PropertiesService';

  constructor(
    private readonly stores: PropertyStores,
    private readonly context: ExecutionContext,
  ) {}

  getDocumentProperties(): Properties {
    // Typed non-null in @types, but Apps Script returns null outside a bound document.
    return this.stores.document as Properties;
  }

  getScriptProperties(): Properties {
    return this.stores.script;
  }

  getUserProperties(): Properties {
    // The user store belongs to the user the script runs for, even when Session hides the address.
    return this.stores.user(this.context.userEmail);
  }
}
