/**
 * Consumer check: packs the library as npm would publish it, installs the
 * tarball into scratch ESM and CommonJS projects (offline: the tarball is
 * unpacked and the dependencies are linked from this repository's
 * node_modules), runs both, and type-checks consumer code under the
 * `node16` and `bundler` module resolutions.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const scratch = join(import.meta.dirname, '.scratch');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function makeProject(name: string, type: 'module' | 'commonjs', tarball: string): string {
  const dir = join(scratch, name);
  const pkgDir = join(dir, 'node_modules', 'supported-employment');
  mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
  for (const dep of ['zod', 'immer', 'date-fns', '@types']) {
    symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep), 'dir');
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type }));
  return dir;
}

function typecheck(dir: string, options: Record<string, unknown>, files: string[]): string {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        skipLibCheck: false,
        types: [],
        ...options,
      },
      files,
    }),
  );
  try {
    return execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
  } catch (error) {
    const e = error as { stdout?: string };
    throw new Error(`tsc failed in ${dir}:\n${e.stdout ?? String(error)}`);
  }
}

const consumerSource = `
import { addCalendarMonths, DEFAULT_POLICY, localize, SupportedEmploymentError, type IsoDate, type Policy } from 'supported-employment';
const start: IsoDate = '2026-01-31';
const policy: Policy = DEFAULT_POLICY;
const end: string = addCalendarMonths(start, policy.followUpMinimumMonths);
const text: string = localize({ nb: 'Arbeid', en: 'Work' }, 'nb');
const isError: boolean = new SupportedEmploymentError('unknown_id', 'x') instanceof Error;
export { end, text, isError };
`;

// Each tsc run takes seconds, and much longer on a busy machine.
const TSC_TIMEOUT = 90_000;

let tarball = '';

beforeAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  // dist/ is built once by test/globalSetup.ts.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as { filename: string }[];
  tarball = join(scratch, packed[0]!.filename);
}, 120_000);

describe('the packed library', () => {
  it('is importable from an ESM project', () => {
    const dir = makeProject('esm', 'module', tarball);
    writeFileSync(
      join(dir, 'main.mjs'),
      `import { addCalendarMonths, DEFAULT_POLICY } from 'supported-employment';\nconsole.log(addCalendarMonths('2026-01-31', DEFAULT_POLICY.followUpMinimumMonths));\n`,
    );
    expect(
      execFileSync(process.execPath, [join(dir, 'main.mjs')], { cwd: dir, encoding: 'utf8' }).trim(),
    ).toBe('2027-01-31');
  });

  it('is requirable from a CommonJS project', () => {
    const dir = makeProject('cjs', 'commonjs', tarball);
    writeFileSync(
      join(dir, 'main.cjs'),
      `const se = require('supported-employment');\nconsole.log(se.addCalendarMonths('2028-02-29', 12), se.SupportedEmploymentError.name);\n`,
    );
    expect(
      execFileSync(process.execPath, [join(dir, 'main.cjs')], { cwd: dir, encoding: 'utf8' }).trim(),
    ).toBe('2029-02-28 SupportedEmploymentError');
  });

  it('ships the JSON Schemas under supported-employment/schemas/*, importable from ESM and CommonJS', () => {
    const dir = makeProject('schemas', 'module', tarball);
    writeFileSync(
      join(dir, 'main.mjs'),
      [
        `import schema from 'supported-employment/schemas/action-plan.schema.json' with { type: 'json' };`,
        `import { createRequire } from 'node:module';`,
        `const require = createRequire(import.meta.url);`,
        `const index = require('supported-employment/schemas/index.json');`,
        `const file = require.resolve('supported-employment/schemas/needs-assessment.schema.json');`,
        `console.log(schema.$schema, schema.title, index.schemas.length, file.endsWith('dist/schemas/needs-assessment.schema.json'));`,
      ].join('\n'),
    );
    const [dialect, title, count, resolved] = execFileSync(process.execPath, [join(dir, 'main.mjs')], {
      cwd: dir,
      encoding: 'utf8',
    })
      .trim()
      .split(' ');
    expect([dialect, title, resolved]).toEqual([
      'https://json-schema.org/draft/2020-12/schema',
      'ActionPlan',
      'true',
    ]);
    expect(Number(count)).toBeGreaterThanOrEqual(8);

    // A validator in another stack reads the file as it is installed.
    const installed = join(
      dir,
      'node_modules',
      'supported-employment',
      'dist',
      'schemas',
      'action-plan.schema.json',
    );
    const validate = new Ajv2020({ strict: true })
      .addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
      .compile(JSON.parse(readFileSync(installed, 'utf8')) as object);
    expect(
      validate({
        id: 'p',
        participantRef: 'pt',
        mainGoal: { kind: 'education', occupation: 'school', targetDate: '2027-08-16' },
      }),
    ).toBe(true);
    expect(
      validate({
        id: 'p',
        participantRef: 'pt',
        mainGoal: { kind: 'education', occupation: 'school', targetDate: '2027-02-29' },
      }),
    ).toBe(false);
  });

  it(
    'runs `npx supported-employment --help` in a project that installed it',
    () => {
      const dir = makeProject('bin', 'module', tarball);
      // Link the package's bin as npm install does: node_modules/.bin/<name> -> the file package.json names.
      const installed = join(dir, 'node_modules', 'supported-employment');
      const { bin } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
        bin: Record<string, string>;
      };
      expect(Object.keys(bin)).toEqual(['supported-employment']);
      mkdirSync(join(dir, 'node_modules', '.bin'));
      for (const [name, file] of Object.entries(bin)) {
        chmodSync(join(installed, file), 0o755);
        symlinkSync(join('..', 'supported-employment', file), join(dir, 'node_modules', '.bin', name));
      }
      const help = execFileSync('npx', ['--no', '--', 'supported-employment', '--help'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(help).toMatch(/^usage: supported-employment <command>/);
      const plan = JSON.stringify({
        id: 'p',
        participantRef: 'pt',
        mainGoal: { kind: 'education', occupation: 'school', targetDate: '2027-08-16' },
      });
      const run = spawnSync(
        'npx',
        ['--no', '--', 'supported-employment', 'validate-plan', '-', '--as-of', '2026-03-02', '--json'],
        { cwd: dir, encoding: 'utf8', input: plan },
      );
      expect(run.status).toBe(1);
      expect(JSON.parse(run.stdout)).toMatchObject({
        asOf: '2026-03-02',
        issues: expect.arrayContaining([expect.objectContaining({ code: 'plan_responsibility_missing' })]),
      });
    },
    TSC_TIMEOUT,
  );

  it(
    'type-checks consumer code with moduleResolution node16 (ESM and CJS)',
    () => {
      const dir = makeProject('types-node16', 'module', tarball);
      writeFileSync(join(dir, 'consumer.mts'), consumerSource);
      writeFileSync(
        join(dir, 'consumer.cts'),
        consumerSource.replace(/^export .*$/m, 'export = { end, text, isError };'),
      );
      typecheck(dir, { module: 'node16', moduleResolution: 'node16' }, ['consumer.mts', 'consumer.cts']);
    },
    TSC_TIMEOUT,
  );

  it(
    'type-checks consumer code with moduleResolution bundler',
    () => {
      const dir = makeProject('types-bundler', 'module', tarball);
      writeFileSync(join(dir, 'consumer.ts'), consumerSource);
      typecheck(dir, { module: 'esnext', moduleResolution: 'bundler' }, ['consumer.ts']);
    },
    TSC_TIMEOUT,
  );

  it(
    'rejects misuse at compile time',
    () => {
      const dir = makeProject('types-misuse', 'module', tarball);
      writeFileSync(
        join(dir, 'misuse.ts'),
        `import { localize } from 'supported-employment';\nlocalize({ nb: 'x', en: 'y' }, 'de');\n`,
      );
      expect(() => typecheck(dir, { module: 'esnext', moduleResolution: 'bundler' }, ['misuse.ts'])).toThrow(
        /TS2345/,
      );
    },
    TSC_TIMEOUT,
  );
});
