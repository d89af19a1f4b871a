// Runs the server's TypeScript sources in a process of its own (the test's server processes, the
// template builder), as `pnpm dev` does with @swc-node/register's loader, compiled by the same
// function with the same tsconfig, but through Node's synchronous in-thread module hooks
// (`module.registerHooks`): the loader's hook thread, and the round trip to it for every module
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
