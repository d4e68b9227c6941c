/**
 * examples/plan-service.ts: the HTTP endpoint, started in-process on port 0
 * and called with fetch as a Kotlin or Java back end would call it.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createPlanService, listenHost } from '../../examples/plan-service';
import { ROOT } from './run';

interface Body {
  valid?: boolean;
  asOf?: string;
  error?: string;
  issues?: {
    code: string;
    severity: string;
    path: (string | number)[];
    message: { nb: string; en: string };
  }[];
}

let server: Server;
let base = '';
const sample = (name: string): string => readFileSync(join(ROOT, 'examples', 'data', name), 'utf8');

beforeAll(async () => {
  // "Today" is fixed, so requests without a date are deterministic.
  server = createPlanService({ today: () => '2026-09-01', maxBodyBytes: 64 * 1024 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
});

async function post(body: string, query = ''): Promise<{ status: number; json: Body; type: string | null }> {
  const res = await fetch(`${base}/validate/action-plan${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: res.status, json: (await res.json()) as Body, type: res.headers.get('content-type') };
}

describe('createPlanService', () => {
  it('answers 200 with the report for a valid plan, dated by the body', async () => {
    const { status, json, type } = await post(sample('plan-valid.json'));
    expect(status).toBe(200);
    expect(type).toContain('application/json');
    expect(json.valid).toBe(true);
    expect(json.asOf).toBe('2026-03-02');
    expect(json.issues!.map((i) => i.code)).toEqual(['plan_training_plan_missing']);
    expect(json.issues![0]!.path).toEqual(['plan', 'activities', 5, 'trainingPlanRef']);
  });

  it('answers 200 with valid false and the coded errors for a plan that breaks the rules', async () => {
    const { status, json } = await post(sample('plan-invalid.json'));
    expect(status).toBe(200);
    expect(json.valid).toBe(false);
    const errors = json.issues!.filter((i) => i.severity === 'error').map((i) => i.code);
    expect(errors).toEqual(
      expect.arrayContaining(['plan_family_consent_missing', 'plan_goal_not_paid_declared_work']),
    );
    expect(json.issues!.every((i) => i.message.nb.length > 0 && i.message.en.length > 0)).toBe(true);
  });

  it('takes asOf from the query before the body, and today when neither gives one', async () => {
    const queried = await post(sample('plan-valid.json'), '?asOf=2026-06-01');
    expect(queried.json.asOf).toBe('2026-06-01');
    const plan = (JSON.parse(sample('plan-valid.json')) as { plan: unknown }).plan;
    const undated = await post(JSON.stringify(plan));
    expect(undated.status).toBe(200);
    expect(undated.json.asOf).toBe('2026-09-01');
    expect(undated.json.issues!.find((i) => i.code === 'plan_review_overdue')?.path).toEqual([
      'reviews',
      1,
      'date',
    ]);
  });

  it('answers 400 with coded issues when the plan does not fit the schema', async () => {
    const { status, json } = await post(sample('plan-malformed.json'));
    expect(status).toBe(400);
    expect(json.valid).toBe(false);
    expect(json.issues!.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(
      expect.arrayContaining([
        'schema_invalid_date@plan.mainGoal.targetDate',
        'schema_required@plan.mainGoal.declared',
      ]),
    );
  });

  it.each([
    ['the body is not JSON', '{"plan": ', '', 'request_not_json'],
    ['asOf in the query is not a date', '{}', '?asOf=2026-02-30', 'request_invalid_as_of'],
    ['asOf in the body is not a date', '{"asOf": "soon", "plan": {}}', '', 'request_invalid_as_of'],
    ['the context has an unknown field', '{"plan": {}, "context": {"mood": "good"}}', '', 'request_invalid'],
  ])('answers 400 when %s', async (_what, body, query, code) => {
    const { status, json } = await post(body, query);
    expect(status).toBe(400);
    expect(json.issues!.map((i) => i.code)).toContain(code);
  });

  it('answers 405 to other methods and 404 to other paths', async () => {
    const get = await fetch(`${base}/validate/action-plan`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const other = await fetch(`${base}/validate/other`, { method: 'POST', body: '{}' });
    expect(other.status).toBe(404);
  });

  it('answers 413 to a body over the limit', async () => {
    const { status, json } = await post(JSON.stringify({ plan: {}, padding: 'x'.repeat(70 * 1024) }));
    expect(status).toBe(413);
    expect(json.error).toBe('body_too_large');
  });
});

describe('where the plan service listens', () => {
  it('takes --host, else HOST, else the loopback address', () => {
    expect(listenHost([], {})).toBe('127.0.0.1');
    expect(listenHost([], { HOST: '' })).toBe('127.0.0.1');
    expect(listenHost([], { HOST: '::1' })).toBe('::1');
    expect(listenHost(['--host', '0.0.0.0'], { HOST: '::1' })).toBe('0.0.0.0');
    expect(listenHost(['--host=127.0.0.2'], {})).toBe('127.0.0.2');
  });

  it('binds 127.0.0.1 when started as a user starts it', async () => {
    const env: Record<string, string | undefined> = { ...process.env, PORT: '0' };
    delete env['HOST'];
    const child = spawn(process.execPath, ['--import', 'tsx', join('examples', 'plan-service.ts')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.once('exit', (code) => {
          reject(new Error(`the service exited early with code ${String(code)}`));
        });
      });
      expect(line).toMatch(/^plan service: POST http:\/\/127\.0\.0\.1:\d+\/validate\/action-plan /);
      const port = Number(/:(\d+)\//.exec(line)![1]);
      const res = await fetch(`http://127.0.0.1:${port}/validate/action-plan`, {
        method: 'POST',
        body: sample('plan-valid.json'),
      });
      expect(res.status).toBe(200);
    } finally {
      child.kill();
    }
  }, 60_000);
});
