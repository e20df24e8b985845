/** A tiny HTTP server on 127.0.0.1 that answers as a test scripts it and records every request. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  at: number;
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** The SPARQL query of a GET or form POST, if any. */
  query?: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface FakeEndpoint {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export async function startFakeEndpoint(reply: (request: Recorded, index: number) => Reply): Promise<FakeEndpoint> {
  const requests: Recorded[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const url = req.url ?? '/';
    const params = new URLSearchParams(req.method === 'POST' ? body : url.split('?')[1] ?? '');
    const recorded: Recorded = { at: Date.now(), method: req.method ?? '', url, headers: req.headers, query: params.get('query') ?? undefined };
    requests.push(recorded);
    const r = reply(recorded, requests.length - 1);
    const send = (): void => {
      res.writeHead(r.status ?? 200, { 'Content-Type': 'application/sparql-results+json', ...r.headers });
      res.end(r.json === undefined ? '' : JSON.stringify(r.json));
    };
    if (!r.delayMs) return send();
    const timer = setTimeout(() => {
      timers.delete(timer);
      send();
    }, r.delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sparql`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on (bound once, then released). */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** SPARQL JSON results with IRIs for values starting "http", Virtuoso-style typed literals for numbers, else plain literals. */
export function sparqlJson(rows: Record<string, string>[]): unknown {
  const vars = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const term = (value: string): Record<string, string> =>
    value.startsWith('http')
      ? { type: 'uri', value }
      : /^\d+$/.test(value)
        ? { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value }
        : { type: 'literal', value };
  return { head: { vars }, results: { bindings: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, term(v)]))) } };
}
