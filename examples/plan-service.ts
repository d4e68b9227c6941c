/**
 * A tiny HTTP service that validates action plans, for back ends in other languages.
 *
 *   npx tsx examples/plan-service.ts            # 127.0.0.1, port PORT or 3000
 *   npx tsx examples/plan-service.ts --host 0.0.0.0   # every interface: only behind your own access control
 *   curl -s -X POST 'http://localhost:3000/validate/action-plan?asOf=2026-03-02' \
 *        -H 'content-type: application/json' --data @examples/data/plan-valid.json
 *
 * `POST /validate/action-plan` takes a bare action plan or an envelope
 * `{ asOf?, context?, plan }` (see `src/cli/planRequest.ts`). The date
 * to check at is the `asOf` query parameter, else the body's `asOf`, else
 * today (UTC). Responses are JSON:
 *
 * - 200 `{ asOf, valid, issues }` when the plan could be checked (also when
 *   `valid` is false: the issues are the answer);
 * - 400 `{ valid: false, issues }` when the body is not JSON, does not fit the
 *   schema, or `asOf` is not a date; every issue has a `code` and a `path`;
 * - 404, 405 and 413 for a wrong path, method or a body over 1 MB.
 *
 * Plans hold personal data, so the service listens on the loopback address
 * 127.0.0.1 unless `--host` or the `HOST` variable names another address.
 *
 * Only node:http; no framework. `createPlanService()` returns the server
 * without listening, so a test can start it on port 0.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IsoDate } from '../src';
import { checkPlanRequest, todayUtc } from '../src/cli/planRequest';
import { flagValue } from './lib/cli';

/** Options for {@link createPlanService}. */
export interface PlanServiceOptions {
  /** Where "today" comes from when a request gives no date; the clock by default. */
  readonly today?: () => IsoDate;
  /** The largest body accepted, in bytes; default 1 MB. */
  readonly maxBodyBytes?: number;
}

const ROUTE = '/validate/action-plan';

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      done(tooBig ? undefined : Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', fail);
  });
}

/** The address to listen on: `--host`, else `HOST`, else the loopback address 127.0.0.1. */
export function listenHost(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string {
  const given = flagValue(argv, '--host') ?? env['HOST'];
  return given === undefined || given === '' ? '127.0.0.1' : given;
}

/** Creates the service (not yet listening). */
export function createPlanService(options: PlanServiceOptions = {}): Server {
  const today = options.today ?? todayUtc;
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== ROUTE) {
      send(res, 404, { error: 'not_found', routes: [`POST ${ROUTE}`] });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { error: 'method_not_allowed' }, { allow: 'POST' });
      return;
    }
    readBody(req, limit).then(
      (text) => {
        if (text === undefined) {
          send(res, 413, { error: 'body_too_large' });
          return;
        }
        const check = checkPlanRequest(text, url.searchParams.get('asOf') ?? undefined, today);
        if (check.kind === 'bad-request') send(res, 400, { valid: false, issues: check.issues });
        else send(res, 200, { asOf: check.asOf, ...check.report });
      },
      () => {
        send(res, 400, { error: 'body_unreadable' });
      },
    );
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.env['PORT'] ?? 3000);
  const host = listenHost(process.argv.slice(2), process.env);
  const server = createPlanService();
  server.listen(port, host, () => {
    const address = server.address();
    const bound = typeof address === 'object' && address !== null ? address : { address: host, port };
    const shown = bound.address.includes(':') ? `[${bound.address}]` : bound.address;
    console.log(`plan service: POST http://${shown}:${bound.port}${ROUTE}  (Ctrl+C to stop)`);
  });
}
