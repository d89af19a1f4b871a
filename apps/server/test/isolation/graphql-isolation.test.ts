import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.js';
import { buildWorld, snapshot, type Prober, type Target } from './isolation-world.js';
import { annualProbes } from './probes/annual-probes.js';
import { apiTokenProbes } from './probes/api-token-probes.js';
import { auditProbes } from './probes/audit-probes.js';
import { assessmentsProbes } from './probes/assessments-probes.js';
import { calendarProbes } from './probes/calendar-probes.js';
import { declarationsProbes } from './probes/declarations-probes.js';
import { ledgerProbes } from './probes/ledger-probes.js';
import { orgProbes, UNPROBED_OPERATIONS } from './probes/org-probes.js';
import type { Probe } from './probe-kit.js';
import { schemesProbes } from './probes/schemes-probes.js';
import { scoresProbes } from './probes/scores-probes.js';
import { statisticsProbes } from './probes/statistics-probes.js';
import { supervisionProbes } from './probes/supervision-probes.js';
import { quarterStartProbes, tasksProbes } from './probes/tasks-probes.js';

/**
 * Every module's probes, each list run by every role as a case of its own; a module adding
 * operations adds its list here.
 */
const MODULES: [string, Probe[]][] = [
  ['org', orgProbes],
  ['schemes', schemesProbes],
  ['ledger', ledgerProbes],
  ['declarations', declarationsProbes],
  ['scores', scoresProbes],
  ['statistics', statisticsProbes],
  ['assessments', assessmentsProbes],
  ['annual', annualProbes],
  ['calendar', calendarProbes],
  ['audit', auditProbes],
  ['tasks', tasksProbes],
  ['supervision', supervisionProbes],
  ['quarter start', quarterStartProbes],
  ['api tokens', apiTokenProbes],
];
const PROBES: Probe[] = MODULES.flatMap(([, probes]) => probes);
/** A refusal: the row is out of sight, the role may not, or the input names what it cannot use. */
const REFUSED = new Set(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']);
const WRITES = new Set(['update', 'delete', 'create-with-foreign-id']);
const OTHER_PASSWORDS: Record<string, string> = {
  'zcc.secretary': 'Zcc12345',
  'zcc.committee': 'Zcc12345',
};

let server: TestServer;
let probers: Prober[];
beforeAll(async () => {
  server = await startTestServer({}, { template: 'two-bureaus' });
  probers = await buildWorld(server);
}, 120_000);
afterAll(() => server.close());

type Outcome = { probe: Probe; login: string; target: Target['kind']; problem: string | null };

type Request = NonNullable<Awaited<ReturnType<Probe['build']>>>;

async function runProbe(
  probe: Probe,
  prober: Prober,
  target: Target,
  request: Request,
): Promise<Outcome | null> {
  const outcome = (problem: string | null): Outcome => ({
    probe,
    login: prober.login,
    target: target.kind,
    problem,
  });
  const isMutation = request.query.trimStart().startsWith('mutation');
  const before = isMutation ? await snapshot(server) : null;
  const res = await server.gql(request.query, request.variables, prober.token);
  const codes = (res.errors ?? []).map((e) => String(e.extensions?.['code']));
  // A malformed probe or a crash proves nothing: it must reach the resolvers and fail on purpose.
  const broken = codes.find((c) => !REFUSED.has(c));
  if (broken) return outcome(`unexpected ${broken}: ${res.errors?.[0]?.message}`);
  let seen = JSON.stringify(res.data ?? null);
  if (probe.fileText) seen += await probe.fileText(res.data);
  const leaked = leakIn(seen, target.leakIds);
  if (leaked) return outcome(`leaked ${leaked}`);
  if (before) {
    const after = await snapshot(server);
    const changed = [...before].filter(([t, h]) => after.get(t) !== h).map(([t]) => t);
    if (changed.length) return outcome(`changed ${changed.join(', ')}`);
  }
  const mustRefuse = probe.kind === 'read' || WRITES.has(probe.kind);
  const refused = codes.length > 0 || (probe.refusedWhen?.(res.data) ?? false);
  if (mustRefuse && !refused) return outcome('was not refused');
  return outcome(null);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The first of `ids` that `seen` contains. The other bureau's ids run to thousands: the answer's
 * UUIDs are looked up in the set instead of the answer searched once per id (an id of another
 * shape is still searched for).
 */
function leakIn(seen: string, ids: ReadonlySet<string>): string | undefined {
  for (const found of seen.match(UUID) ?? []) if (ids.has(found.toLowerCase())) return found;
  return otherShapes(ids).find((id) => seen.includes(id));
}
const shapes = new WeakMap<ReadonlySet<string>, string[]>();
function otherShapes(ids: ReadonlySet<string>): string[] {
  let other = shapes.get(ids);
  if (!other) shapes.set(ids, (other = [...ids].filter((id) => !/^[0-9a-f-]{36}$/.test(id))));
  return other;
}

/**
 * Write probes compare the write counters before and after their request, so each runs alone;
 * read probes run side by side. A readers–writer lock keeps the two apart.
 */
class ProbeLock {
  private readers = 0;
  private writer: Promise<void> | null = null;
  private idle: (() => void)[] = [];

  async read<T>(fn: () => Promise<T>): Promise<T> {
    while (this.writer) await this.writer;
    this.readers++;
    try {
      return await fn();
    } finally {
      this.readers--;
      if (this.readers === 0) this.idle.splice(0).forEach((wake) => wake());
    }
  }

  async write<T>(fn: () => Promise<T>): Promise<T> {
    while (this.writer) await this.writer;
    let release!: () => void;
    this.writer = new Promise<void>((resolve) => (release = resolve));
    while (this.readers > 0) await new Promise<void>((wake) => this.idle.push(wake));
    try {
      return await fn();
    } finally {
      this.writer = null;
      release();
    }
  }
}
const lock = new ProbeLock();
const outcomes: Outcome[] = [];

const ROLES = [
  'admin',
  'analyst',
  'shuji1',
  'zhiwei1',
  'jifenyuan1',
  'zuzhang1',
  'dangyuan1',
  'shuji2',
];

describe.concurrent(
  'isolation through GraphQL: every role against another branch and another bureau',
  () => {
    for (const login of ROLES)
      for (const [module, probes] of MODULES)
        it(`${login} · ${module}`, async () => {
          const prober = probers.find((p) => p.login === login)!;
          const failures: string[] = [];
          for (const target of prober.targets)
            for (const probe of probes) {
              if (target.kind === 'own-bureau-read-only' && !WRITES.has(probe.kind)) continue;
              const request = await probe.build(prober, target);
              if (!request) continue;
              const run = () => runProbe(probe, prober, target, request);
              const isMutation = request.query.trimStart().startsWith('mutation');
              const outcome = await (isMutation ? lock.write(run) : lock.read(run));
              if (!outcome) continue;
              outcomes.push(outcome);
              if (outcome.problem) failures.push(`${o(outcome)} ${outcome.problem}`);
            }
          expect(failures).toEqual([]);
        });
  },
);

function o(outcome: Outcome) {
  return `${outcome.login} → ${outcome.target}: ${outcome.probe.operation} (${outcome.probe.kind} ${outcome.probe.entity})`;
}

describe('isolation through GraphQL', () => {
  it('ran every role and probe kind: a probe list with no target rows proves nothing', () => {
    const roles = new Set(outcomes.map((x) => x.login));
    console.log(
      `isolation: ${outcomes.length} GraphQL probes (${roles.size} roles × their targets × ${PROBES.length} probe kinds), ${outcomes.filter((x) => x.problem).length} leaks`,
    );
    expect([...roles].sort()).toEqual([...ROLES].sort());
    expect(outcomes.length).toBeGreaterThan(300);
    for (const [module] of MODULES)
      expect(
        outcomes.some((x) => MODULES.find(([m]) => m === module)![1].includes(x.probe)),
        module,
      ).toBe(true);
  });

  it('shows the read probes can see a leak: the target’s own people get the rows', async () => {
    let controls = 0;
    const seen = new Set<string>();
    for (const prober of probers)
      for (const target of prober.targets) {
        const key = target.kind + target.ownerLogin;
        if (seen.has(key) || target.kind === 'own-bureau-read-only') continue;
        seen.add(key);
        const token = await server.login(target.ownerLogin, OTHER_PASSWORDS[target.ownerLogin]);
        for (const probe of PROBES.filter((p) => p.control)) {
          const request = await probe.build(prober, target);
          if (!request) continue;
          const res = await server.gql(request.query, request.variables, token);
          let text = JSON.stringify(res.data ?? null);
          if (probe.fileText) text += await probe.fileText(res.data);
          expect(text, `${probe.operation} as ${target.ownerLogin}`).toContain(
            probe.control!(target),
          );
          controls++;
        }
      }
    expect(controls).toBeGreaterThanOrEqual(12);
  });

  it('probes every query and mutation of the schema (or says why one names no row)', async () => {
    const res = await server.gql<IntrospectionQuery>(getIntrospectionQuery());
    const schema = res.data!.__schema;
    const fields = (name: string | undefined) =>
      schema.types.find((t) => t.name === name && t.kind === 'OBJECT') as
        { fields: { name: string }[] } | undefined;
    const operations = [
      ...(fields(schema.queryType?.name)?.fields ?? []),
      ...(fields(schema.mutationType?.name)?.fields ?? []),
    ].map((f) => f.name);
    const probed = new Set(PROBES.map((p) => p.operation));
    const missing = operations.filter((op) => !probed.has(op) && !(op in UNPROBED_OPERATIONS));
    expect(missing, 'operations without isolation probes: add them to a probe list').toEqual([]);
    // Every tenant entity the schema exposes is aimed at; the rest (sessions, audit) by the SQL probes.
    const exposed = [
      'Branch',
      'Member',
      'Membership',
      'PartyGroup',
      'RoleAssignment',
      'UserAccount',
    ];
    expect(schema.types.filter((t) => exposed.includes(t.name)).length).toBe(exposed.length);
    expect([...new Set(PROBES.map((p) => p.entity))].sort()).toEqual(
      expect.arrayContaining(exposed),
    );
  });

  // Last: it writes behind the server's back.
  it('notices a write in the table fingerprints the write probes compare', async () => {
    const changed = (a: Map<string, string>, b: Map<string, string>) =>
      [...a].filter(([t, h]) => b.get(t) !== h).map(([t]) => t);
    const before = await snapshot(server);
    expect(changed(before, await snapshot(server))).toEqual([]);
    // Even a write of the same value is a write.
    await server.db.ownerQuery(
      'update branch set name = name where id = (select id from branch order by id limit 1)',
    );
    const updated = await snapshot(server);
    expect(changed(before, updated)).toEqual(['branch']);
    await server.db.ownerQuery(
      'delete from role_assignment where id = (select id from role_assignment order by id limit 1)',
    );
    expect(changed(updated, await snapshot(server))).toEqual(['role_assignment']);
  });
});
