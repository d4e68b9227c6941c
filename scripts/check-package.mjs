// Packs the library as npm would publish it and checks the tarball with
// publint (package.json and exports) and @arethetypeswrong/cli (types for
// every resolution mode). Exits non-zero on any problem.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.tmp', 'pack');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
    cwd: root,
    encoding: 'utf8',
  }),
);
const tarball = join(out, packed[0].filename);
console.log(`packed ${packed[0].filename}: ${packed[0].entryCount} files, ${packed[0].size} bytes`);

const run = (bin, args) => {
  console.log(`\n$ ${bin} ${args.join(' ')}`);
  execFileSync(join(root, 'node_modules', '.bin', bin), args, { cwd: root, stdio: 'inherit' });
};

run('publint', ['run', tarball, '--strict']);
run('attw', [tarball, '--profile', 'node16']);
