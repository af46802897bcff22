/**
 * Which data each page reads. The build hands pages its data through proxies that note every
 * property a page reads, as a path from an entry or a named root ("stories:xue-lei-feng␟title",
 * "catalog␟stories␟length"), with a fingerprint of the value it found. After an edit, a page whose
 * every noted path still gives the same fingerprint would render the same bytes, so the incremental
 * build keeps it (docs/architecture.md, "Incremental build").
 *
 * Plain objects and arrays are tracked property by property; anything else (a Date, a Map, a
 * class instance) is a leaf, fingerprinted whole where it is read. An entry (registered with
 * `entries`) is fingerprinted by its key wherever it appears, and its own properties are noted under
 * that key, so "story.teams[0].name" is noted as "stories:x␟teams␟0" → teams:y and "teams:y␟name".
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { hash } from 'node:crypto';

/** Between the steps of a path: a character no id or property name contains. */
export const STEP = '\u001f';
const KEYS = '#keys';
const FILE = `file${STEP}`;

/** The paths one page read, by their number in this build (`pathOf` names them). */
export type ReadSet = Set<number>;

interface Wrapped {
  raw: object;
  key: string;
}

/**
 * An image as Astro hands it over (a proxy of its own that publishes the original file once its
 * properties are read): a leaf, fingerprinted from the copy Astro offers for reading without that.
 */
const imageOf = (value: object): { fsPath: string; clone: unknown } | undefined => {
  const fsPath: unknown = Reflect.get(value, 'fsPath');
  return typeof fsPath === 'string' ? { fsPath, clone: Reflect.get(value, 'clone') } : undefined;
};

const isPlain = (value: object) => {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !imageOf(value);
};

// One-shot hashing: a third of createHash's cost, on every long string a page reads.
const digest = (text: string) => hash('sha1', text, 'base64').slice(0, 16);

export class ReadTracker {
  readonly #reading = new AsyncLocalStorage<ReadSet | undefined>();
  readonly #wrapped = new WeakMap<object, Wrapped>();
  readonly #entryKeys = new WeakMap<object, string>();
  readonly #entries = new Map<string, object>();
  readonly #wholes = new WeakMap<object, string>();
  readonly #roots = new Map<string, () => unknown>();
  readonly #proxies = new Map<string, { raw: object; proxy: object }>();
  /** every path noted in this build, by number, and what it gave (the data does not change during a build) */
  readonly #paths: string[] = [];
  readonly #ids = new Map<string, number>();
  readonly #fingerprints: (string | undefined)[] = [];
  readonly #derived = new Map<string, unknown>();
  /** the numbers of the paths that name a made file, not a read */
  readonly #files = new Set<number>();

  /** Makes each item an entry: wherever it appears it is known by `collection:id`. */
  entries(collection: string, items: readonly { id: string }[]): void {
    for (const item of items) {
      const key = `${collection}:${item.id}`;
      this.#entryKeys.set(item, key);
      this.#entries.set(key, item);
    }
  }

  /**
   * An object read as a whole, its fingerprint standing for everything in it: an entry's source as
   * Astro loaded it, by Astro's digest of its file. Cheaper than tracking each of its parts, and as
   * exact for the pages that read it (a story's own page and the feeds that carry its body).
   */
  whole(value: object, fingerprint: string): void {
    this.#wholes.set(value, fingerprint);
  }

  /** The tracked view of a named root (the catalog). */
  root<T extends object>(name: string, value: T): T {
    this.#roots.set(name, () => value);
    return this.#wrap(value, name) as T;
  }

  /**
   * A value worked out once per build from tracked data (every feed's definition): computed without
   * noting what it reads, and tracked as a root of its own, so a page that uses one feed's title
   * depends on that title, not on everything that went into the list.
   */
  derived<T extends object>(name: string, compute: () => T): T {
    this.lazy(name, compute);
    return this.#wrap(this.#roots.get(name)!(), name) as T;
  }

  /** Names how a derived root is computed before any page asks for it, for comparing earlier reads. */
  lazy(name: string, compute: () => object): void {
    if (this.#roots.has(name)) return;
    this.#roots.set(name, () => {
      if (!this.#derived.has(name)) this.#derived.set(name, this.#reading.run(undefined, compute));
      return this.#derived.get(name);
    });
  }

  /** Runs `render` noting its reads in `reads`. */
  run<T>(reads: ReadSet, render: () => T): T {
    return this.#reading.run(reads, render);
  }

  /**
   * A cache that keeps what computing each value read and notes it again for every page that uses
   * the cached value (a feed reuses a story's rendered body): otherwise only the first page would.
   */
  memo<T>(cache: Map<string, { value: T; reads: ReadSet }>, key: string, compute: () => T): T {
    let hit = cache.get(key);
    if (!hit) {
      const reads: ReadSet = new Set();
      hit = { value: this.#reading.run(reads, compute), reads };
      cache.set(key, hit);
    }
    const outer = this.#reading.getStore();
    if (!outer) return hit.value;
    const { value, reads } = hit;
    const noteAll = () => reads.forEach((k) => outer.add(k));
    if (value instanceof Promise) return value.then((v: unknown) => (noteAll(), v)) as T;
    noteAll();
    return value;
  }

  /**
   * The number of a path in this build; `fingerprint` gives what it read in a page kept from the
   * last build (compared equal with what it gives now).
   */
  idOf(path: string, fingerprint?: string): number {
    let id = this.#ids.get(path);
    if (id === undefined) {
      id = this.#paths.push(path) - 1;
      this.#ids.set(path, id);
    }
    if (fingerprint !== undefined) this.#fingerprints[id] ??= fingerprint;
    return id;
  }

  pathOf(id: number): string {
    return this.#paths[id]!;
  }

  /** What a noted path gave. */
  fingerprintOf(id: number): string {
    return this.#fingerprints[id]!;
  }

  /**
   * Notes a file the page made Astro produce (a resized photo under /_astro/): a page kept from the
   * last build needs its files kept too. Noted with the reads, so a cached value carries them along.
   */
  noteFile(url: string): void {
    const reads = this.#reading.getStore();
    if (!reads) return;
    const id = this.idOf(`${FILE}${url}`);
    this.#files.add(id);
    reads.add(id);
  }

  /** The paths of a page's reads, and the files noted with them. */
  split(reads: ReadSet): { paths: number[]; files: string[] } {
    const paths: number[] = [];
    const files: string[] = [];
    for (const id of reads) {
      if (this.#files.has(id)) files.push(this.#paths[id]!.slice(FILE.length));
      else paths.push(id);
    }
    return { paths, files: files.sort() };
  }

  /** What `path` gives in this build's data, without noting it: compared with a page's earlier reads. */
  fingerprintAt(path: string): string {
    const [root, ...steps] = path.split(STEP);
    let value: unknown = this.#entries.get(root!) ?? this.#roots.get(root!)?.();
    if (value === undefined) return 'missing';
    for (const step of steps) {
      const raw = this.#unwrap(value);
      if (raw === null || typeof raw !== 'object' || !isPlain(raw) || this.#wholes.has(raw)) return 'missing';
      if (step === KEYS) return this.#keysOf(raw);
      value = Reflect.get(raw, step);
    }
    return this.fingerprint(value);
  }

  /** A value as a page's reads compare it: tracked objects by kind (their insides are read apart). */
  fingerprint(value: unknown): string {
    if (value === null || typeof value !== 'object') return this.#primitive(value);
    const raw = this.#unwrap(value);
    const entry = this.#entryKeys.get(raw);
    if (entry) return `→${entry}`;
    const whole = this.#wholes.get(raw);
    if (whole !== undefined) return `W${whole}`;
    if (isPlain(raw)) return Array.isArray(raw) ? '[]' : '{}';
    return `~${digest(this.describe(raw))}`;
  }

  /**
   * A value written out whole, entries by key: a leaf's fingerprint, and a page's props (which come
   * from getStaticPaths, outside any page) as the incremental build compares them.
   */
  describe(value: unknown, seen = new WeakSet<object>()): string {
    if (value === null || typeof value !== 'object')
      return typeof value === 'string' ? JSON.stringify(value) : this.#primitive(value);
    const tracked = this.#wrapped.get(value);
    const raw = tracked?.raw ?? value;
    const entry = this.#entryKeys.get(raw);
    if (entry) return `→${entry}`;
    const whole = this.#wholes.get(raw);
    if (whole !== undefined) return `W${whole}`;
    // A tracked object other than an entry (a feed of the derived list): its insides are reads.
    if (tracked) return `@${tracked.key}`;
    if (seen.has(raw)) return '↺';
    seen.add(raw);
    const inner = (v: unknown) => this.describe(v, seen);
    const image = imageOf(raw);
    if (image) return `I${image.fsPath}${inner(image.clone)}`;
    if (raw instanceof Date) return `D${raw.toISOString()}`;
    if (raw instanceof URL) return `U${raw.href}`;
    if (ArrayBuffer.isView(raw))
      return `B${digest(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64'))}`;
    if (raw instanceof Map) return `M[${[...raw].map(([k, v]) => `${inner(k)}:${inner(v)}`).join(',')}]`;
    if (raw instanceof Set) return `S[${[...raw].map(inner).join(',')}]`;
    if (Array.isArray(raw)) return `[${raw.map(inner).join(',')}]`;
    const name = isPlain(raw) ? '' : (raw.constructor?.name ?? '?');
    return `${name}{${Object.keys(raw)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${inner((raw as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }

  #primitive(value: unknown): string {
    if (typeof value === 'string') return value.length > 48 ? `s#${digest(value)}` : `s${value}`;
    if (typeof value === 'function') return 'f';
    return `${typeof value}:${String(value)}`;
  }

  #keysOf(raw: object): string {
    return digest(
      Reflect.ownKeys(raw)
        .filter((k) => typeof k === 'string')
        .join(STEP),
    );
  }

  #unwrap<T>(value: T): T | object {
    return (value !== null && typeof value === 'object' && this.#wrapped.get(value)?.raw) || value;
  }

  #noteKeys(id: number, target: object): void {
    const reads = this.#reading.getStore();
    if (!reads) return;
    reads.add(id);
    this.#fingerprints[id] ??= this.#keysOf(target);
  }

  #wrap(value: unknown, path: string): unknown {
    if (value === null || typeof value !== 'object' || this.#wrapped.has(value) || this.#wholes.has(value))
      return value;
    const entry = this.#entryKeys.get(value);
    if (entry === undefined && !isPlain(value)) return value;
    const key = entry ?? path;
    // An entry has one proxy wherever it is reached; any other object is reached by one path only,
    // and its parent's proxy keeps its proxy (#handler), so only entries and roots are kept here.
    const shared = entry !== undefined || !path.includes(STEP);
    const known = shared ? this.#proxies.get(key) : undefined;
    if (known?.raw === value) return known.proxy;
    const proxy = new Proxy(value, this.#handler(key));
    this.#wrapped.set(proxy, { raw: value, key });
    if (shared) this.#proxies.set(key, { raw: value, proxy });
    return proxy;
  }

  #handler(key: string): ProxyHandler<object> {
    // Each property's path number and tracked value are worked out once per object, however many
    // pages read it (every team page reads every story): the proxy's hot path is two lookups.
    const children = new Map<string, { id: number; raw?: unknown; tracked?: unknown }>();
    const child = (prop: string) => {
      let known = children.get(prop);
      // A new number, not looked up by name: this proxy is the only way to this path in the build.
      if (!known) children.set(prop, (known = { id: this.#paths.push(`${key}${STEP}${prop}`) - 1 }));
      return known;
    };
    return {
      get: (target, prop) => {
        const value: unknown = Reflect.get(target, prop);
        // Symbols and inherited methods (an array's map, an object's toString) are not data.
        if (typeof prop === 'symbol' || (value !== undefined && !Object.hasOwn(target, prop))) return value;
        const known = child(prop);
        const reads = this.#reading.getStore();
        if (reads) {
          reads.add(known.id);
          this.#fingerprints[known.id] ??= this.fingerprint(value);
        }
        if (value === null || typeof value !== 'object') return value;
        if (known.raw !== value) {
          known.raw = value;
          known.tracked = this.#wrap(value, this.#paths[known.id]!);
        }
        return known.tracked;
      },
      has: (target, prop) => {
        if (typeof prop === 'string') this.#noteKeys(child(KEYS).id, target);
        return Reflect.has(target, prop);
      },
      ownKeys: (target) => {
        this.#noteKeys(child(KEYS).id, target);
        return Reflect.ownKeys(target);
      },
    };
  }
}
