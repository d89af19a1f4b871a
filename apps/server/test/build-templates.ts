// Builds the test templates in a process of its own (the server's code, with its decorators, as
// `pnpm db:seed` runs it): `build-templates <adminUrl> <names as JSON>`.
import 'reflect-metadata';
import { buildTemplates } from './templates.js';
import type { TemplateSet } from './template-admin.js';

const [adminUrl, names] = process.argv.slice(2);
if (!adminUrl || !names) throw new Error('usage: build-templates <adminUrl> <names as JSON>');
await buildTemplates(adminUrl, JSON.parse(names) as TemplateSet);
