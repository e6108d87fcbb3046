// Fails when src/graphql/ is not exactly what codegen would produce from ../schema.graphql and the
// operations in src/. Generates into a temp dir (never touching the work tree) so it works without git.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const root = resolve(fileURLToPath(import.meta.url), '../..');
process.chdir(root);

const committedDir = join(root, 'src/graphql');

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const { config } = await loadCodegenConfig({ configFilePath: join(root, 'codegen.ts') });
const targets = Object.keys(config.generates);
if (targets.length !== 1) throw new Error(`expected one codegen target, got ${targets.join(', ')}`);

async function staleFiles(generatedDir) {
  const expected = await listFiles(generatedDir);
  const actual = await listFiles(committedDir);
  const problems = [];
  for (const name of new Set([...expected, ...actual])) {
    if (!expected.includes(name)) problems.push(`extra (codegen no longer makes it): ${name}`);
    else if (!actual.includes(name)) problems.push(`missing: ${name}`);
    else {
      const [want, have] = await Promise.all([
        readFile(join(generatedDir, name)),
        readFile(join(committedDir, name)),
      ]);
      if (!want.equals(have)) problems.push(`differs: ${name}`);
    }
  }
  return { problems, count: expected.length };
}

const tempDir = await mkdtemp(join(tmpdir(), 'codegen-check-'));
try {
  await generate(
    { ...config, silent: true, generates: { [`${tempDir}/`]: config.generates[targets[0]] } },
    true,
  );
  const { problems, count } = await staleFiles(tempDir);
  if (problems.length) {
    console.error('src/graphql/ is stale; run `npm run codegen` and commit the result:');
    for (const p of problems) console.error(`  ${p}`);
    process.exitCode = 1;
  } else {
    console.log(`src/graphql/ is up to date (${count} files).`);
  }
} catch (error) {
  // codegen's own errors (invalid operation, schema mismatch) are AggregateErrors; show just the messages.
  console.error(`codegen failed: ${error.errors?.map((e) => e.message).join('\n') ?? error.message}`);
  process.exitCode = 1;
} finally {
  await rm(tempDir, { recursive: true, force: true });
}
