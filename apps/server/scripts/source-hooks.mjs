// Runs the server's TypeScript sources without a build (`pnpm dev`, the db:* scripts, the tests'
// server processes and template builder): compiled by @swc-node/register's own function with the
// same tsconfig, but behind Node's synchronous in-thread module hooks (`module.registerHooks`)
// instead of its loader's hook thread. That thread, and the round trip to it for every module
// (node_modules too), took about 2 s of CPU of each server's 5 s start (4 December).
import { readFileSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { compile } = require('@swc-node/register/register');
const { readDefaultTsConfig } = require('@swc-node/register/read-default-tsconfig');
const ts = require('typescript');

const options = readDefaultTsConfig();
options.module = ts.ModuleKind.ESNext;

registerHooks({
  // The sources import each other as `./file.js`, as TypeScript's NodeNext resolution wants.
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.endsWith('.js') || !context.parentURL?.endsWith('.ts')) throw error;
      return nextResolve(specifier.slice(0, -3) + '.ts', context);
    }
  },
  load(url, context, nextLoad) {
    if (!url.endsWith('.ts')) return nextLoad(url, context);
    const filename = fileURLToPath(url);
    const source = compile(readFileSync(filename, 'utf8'), filename, { ...options });
    return { format: 'module', source, shortCircuit: true };
  },
});
