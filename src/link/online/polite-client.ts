/**
 * JSON over HTTP the way public services ask for it: a descriptive User-Agent, at most one request per
 * `minIntervalMs`, a timeout per attempt, retries with exponential backoff on 429 and 5xx (honouring
 * Retry-After), and an on-disk cache in front of it all. Uses Node's global fetch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_DIR } from '../../paths.js';
import { DiskCache } from './disk-cache.js';

export interface PoliteClientOptions {
  userAgent?: string;
  /** Least time between the starts of two requests. */
  minIntervalMs?: number;
  /** Time limit of one attempt, answer body included. */
  timeoutMs?: number;
  /** Further attempts after a 429, a 5xx, a timeout or a dropped connection. */
  retries?: number;
  /** First backoff delay; doubled on each retry unless the server sends Retry-After. */
  backoffMs?: number;
  /** A Retry-After longer than this is not waited for: the request fails instead. */
  maxRetryAfterMs?: number;
  /** Folder of the answer cache; none when undefined. */
  cacheDir?: string;
  /** Days a cached answer is trusted [default: 30]. */
  cacheMaxAgeDays?: number;
}

export interface RequestStats {
  /** HTTP requests sent (every attempt counts). */
  requests: number;
  /** Answers served from the disk cache without a request. */
  cacheHits: number;
}

function defaultUserAgent(): string {
  const { version } = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string };
  return `dipkg/${version} (https://w3id.org/dipkg; diplomacy knowledge graph builder, Wikidata entity linking) node/${process.versions.node}`;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After as milliseconds (seconds or an HTTP date), or undefined. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** A failure worth another attempt (overload, timeout, reset), as opposed to a refusal or a bad request. */
class TransientError extends Error {
  constructor(
    message: string,
    readonly waitMs?: number,
  ) {
    super(message);
  }
}

const isRetryableStatus = (status: number): boolean => status === 429 || status >= 500;

export class PoliteClient {
  readonly stats: RequestStats = { requests: 0, cacheHits: 0 };
  private readonly userAgent: string;
  private readonly minIntervalMs: number;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly cache?: DiskCache;
  /** When the next request may start; requests queue on this. */
  private nextSlot = Promise.resolve(0);

  constructor(options: PoliteClientOptions = {}) {
    this.userAgent = options.userAgent ?? defaultUserAgent();
    this.minIntervalMs = options.minIntervalMs ?? 500;
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 1000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.cache = options.cacheDir === undefined ? undefined : new DiskCache(options.cacheDir, options.cacheMaxAgeDays);
  }

  /** GET (no body) or POST (form body) a URL and return its JSON answer, from the cache when there. */
  async json(url: string, options: { accept: string; form?: Record<string, string> }): Promise<unknown> {
    const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
    const key = `${url}\n${body ?? ''}`;
    const cached = this.cache?.get(key);
    if (cached !== undefined) {
      this.stats.cacheHits++;
      return cached;
    }
    const value = await this.withRetries(url, () => this.attempt(url, options.accept, body));
    this.cache?.set(key, value);
    return value;
  }

  private async withRetries(url: string, attempt: () => Promise<unknown>): Promise<unknown> {
    for (let n = 0; ; n++) {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof TransientError) || n >= this.retries) {
          throw new Error(`${(error as Error).message}${n > 0 ? ` (${n + 1} attempts)` : ''}`);
        }
        const wait = error.waitMs ?? this.backoffMs * 2 ** n;
        if (wait > this.maxRetryAfterMs) throw new Error(`${url} asks to retry after ${Math.round(wait / 1000)} s; not waiting`);
        await sleep(wait);
      }
    }
  }

  /** Waits for this request's turn under the rate limit. */
  private async turn(): Promise<void> {
    const slot = this.nextSlot.then(async (earliest) => {
      const wait = earliest - Date.now();
      if (wait > 0) await sleep(wait);
      return Date.now() + this.minIntervalMs;
    });
    this.nextSlot = slot;
    await slot;
  }

  private async attempt(url: string, accept: string, body: string | undefined): Promise<unknown> {
    await this.turn();
    this.stats.requests++;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      const response = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          'User-Agent': this.userAgent,
          Accept: accept,
          ...(body === undefined ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }),
        },
        body,
        signal: abort.signal,
      });
      if (!response.ok) {
        await response.body?.cancel();
        const message = `HTTP ${response.status} from ${url}`;
        if (isRetryableStatus(response.status)) throw new TransientError(message, retryAfterMs(response.headers.get('retry-after')));
        throw new Error(message);
      }
      return await response.json();
    } catch (error) {
      if (abort.signal.aborted) throw new TransientError(`no answer from ${url} within ${this.timeoutMs} ms`);
      if (error instanceof TransientError || !(error instanceof TypeError)) throw error;
      // fetch's network failures are TypeErrors with the system error as cause.
      const code = (error.cause as { code?: string } | undefined)?.code ?? '';
      if (code === 'ECONNREFUSED') throw new Error(`connection refused by ${url}`);
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') throw new Error(`cannot resolve the host of ${url}`);
      throw new TransientError(`request to ${url} failed (${code || error.message})`);
    } finally {
      clearTimeout(timer);
    }
  }
}
