import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { buildAppSchema } from './schema.js';

/** Writes schema.graphql from the code; CI regenerates it and fails on any difference. */
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
const sdl = printSchema(await buildAppSchema());
fs.writeFileSync(target, `${sdl}\n`);
console.log(`schema written to ${path.relative(process.cwd(), target)}`);
