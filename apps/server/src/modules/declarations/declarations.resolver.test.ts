import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../test/factories/demo-lookup.js';
import { branchByName, bureauEm } from '../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';

let server: TestServer;
let officeId: string;
let bureauId: string;
let dataDir: string;

const UPLOAD = `mutation($input: UploadEvidenceInput!) { uploadEvidence(input: $input) { id sha256 size fileName } }`;
const SUBMIT = `mutation($input: SubmitDeclarationInput!) { submitDeclaration(input: $input) { id status version declaredPoints } }`;
const DECIDE = `mutation($input: DecideDeclarationInput!) { decideDeclaration(input: $input) { id status version countedPoints } }`;
const DISPUTE = `mutation($input: DisputeDeclarationInput!) { disputeDeclaration(input: $input) { id status version } }`;
const RESOLVE = `mutation($input: ResolveDeclarationDisputeInput!) { resolveDeclarationDispute(input: $input) { id status version countedPoints } }`;
const MINE = `query { declarations(filter: { year: 2026, status: null }) { id status countedPoints lastReason events { step stepLabel reason actorRole actorName points } } }`;
const SPECIAL = `query($id: ID!) { memberScore(memberId: $id, year: 2026, month: 10) { special { value } } }`;

/** The next steps `token`'s holder is offered on declaration `id` (the screens show exactly these). */
async function actionsOn(id: string, token: string): Promise<string[]> {
  const res = await server.gql<{ declarations: { id: string; availableActions: string[] }[] }>(
    `query { declarations(filter: { year: 2026 }) { id availableActions } }`,
    {},
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.declarations.find((x) => x.id === id)?.availableActions ?? [];
}

/** A server, database and evidence folder of its own for the enclosing group of tests. */
function ownServer() {
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jifen-evidence-'));
    server = await startTestServer({ DATA_DIR: dataDir }, { template: 'ledger' });
    ({ bureauId } = await demoLookup(server.db));
    officeId = (await branchByName(bureauEm(server.db, bureauId), '办公室党支部')).id;
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
}

async function upload(token: string, text = '志愿服务签到表：张三 2026-10-12') {
  const res = await server.gql<{ uploadEvidence: { id: string; sha256: string; size: number } }>(
    UPLOAD,
    {
      input: {
        branchId: officeId,
        fileName: '签到表.txt',
        mimeType: 'text/plain',
        contentBase64: Buffer.from(text).toString('base64'),
      },
    },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.uploadEvidence;
}

describe('evidence', () => {
  ownServer();

  it('stores a file by its content hash and serves it only inside the branch wall', async () => {
    const keeper = await server.login('jifenyuan1');
    const file = await upload(keeper, 'sign-in sheet');
    expect(file.sha256).toBe(createHash('sha256').update('sign-in sheet').digest('hex'));
    expect(fs.existsSync(path.join(dataDir, 'evidence', bureauId, file.sha256))).toBe(true);
    const again = await upload(keeper, 'sign-in sheet');
    expect(again.id).toBe(file.id);
    // The same bytes from another uploader are their own file (their name), over the same content.
    const secretary = await server.login('shuji1');
    const theirs = await server.gql<{
      uploadEvidence: { id: string; sha256: string; fileName: string };
    }>(
      UPLOAD,
      {
        input: {
          branchId: officeId,
          fileName: '三月签到.txt',
          mimeType: 'text/plain',
          contentBase64: Buffer.from('sign-in sheet').toString('base64'),
        },
      },
      secretary,
    );
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.uploadEvidence).toMatchObject({
      sha256: file.sha256,
      fileName: '三月签到.txt',
    });
    expect(theirs.data!.uploadEvidence.id).not.toBe(file.id);
    const get = (token: string) =>
      fetch(`${server.url}/evidence/${file.id}`, { headers: { authorization: `Bearer ${token}` } });
    const own = await get(keeper);
    expect(own.status).toBe(200);
    expect(await own.text()).toBe('sign-in sheet');
    expect((await get(await server.login('shuji2'))).status).toBe(404);
    expect((await fetch(`${server.url}/evidence/${file.id}`)).status).toBe(401);
  });
});

describe('declarations', () => {
  ownServer();

  it('runs submitted → rejected → disputed → overturned, visible to the member step by step, and scores it', async () => {
    const member = await server.login('dangyuan1');
    const keeper = await server.login('jifenyuan1');
    const secretary = await server.login('shuji1');
    const me = await server.gql<{ me: { memberId: string } }>('{ me { memberId } }', {}, member);
    const memberId = me.data!.me.memberId;
    const before = await server.gql<{ memberScore: { special: { value: string } } }>(
      SPECIAL,
      { id: memberId },
      member,
    );

    const evidence = await upload(member);
    const submitted = await server.gql<{
      submitDeclaration: { id: string; status: string; version: number };
    }>(
      SUBMIT,
      {
        input: {
          month: '2026-10',
          itemCode: 'grid-work',
          description: '网格化走访困难群众 3 户',
          points: '4',
          evidenceId: evidence.id,
        },
      },
      member,
    );
    expect(submitted.errors).toBeUndefined();
    const d = submitted.data!.submitDeclaration;
    expect(d.status).toBe('SUBMITTED');
    // Each person is offered only the step the server will allow them now.
    expect(await actionsOn(d.id, keeper)).toEqual(['DECIDE']);
    expect(await actionsOn(d.id, member)).toEqual([]);

    const noReason = await server.gql(
      DECIDE,
      { input: { id: d.id, accept: false, reason: '', expectedVersion: d.version } },
      keeper,
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    const rejected = await server.gql<{ decideDeclaration: { version: number; status: string } }>(
      DECIDE,
      {
        input: {
          id: d.id,
          accept: false,
          reason: '走访记录缺少社区签字',
          expectedVersion: d.version,
        },
      },
      keeper,
    );
    expect(rejected.data!.decideDeclaration.status).toBe('REJECTED');
    expect(await actionsOn(d.id, member)).toEqual(['DISPUTE']);
    expect(await actionsOn(d.id, keeper)).toEqual([]);

    const byOther = await server.gql(
      DISPUTE,
      {
        input: {
          id: d.id,
          reason: '不服',
          expectedVersion: rejected.data!.decideDeclaration.version,
        },
      },
      keeper,
    );
    expect(byOther.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const disputed = await server.gql<{ disputeDeclaration: { version: number; status: string } }>(
      DISPUTE,
      {
        input: {
          id: d.id,
          reason: '已补交社区签字的走访记录',
          expectedVersion: rejected.data!.decideDeclaration.version,
        },
      },
      member,
    );
    expect(disputed.data!.disputeDeclaration.status).toBe('DISPUTED');
    expect(await actionsOn(d.id, secretary)).toEqual(['RESOLVE_DISPUTE']);
    expect(await actionsOn(d.id, keeper)).toEqual([]);

    const byKeeper = await server.gql(
      RESOLVE,
      {
        input: {
          id: d.id,
          upheld: false,
          reason: '改',
          expectedVersion: disputed.data!.disputeDeclaration.version,
        },
      },
      keeper,
    );
    expect(byKeeper.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const overturned = await server.gql<{
      resolveDeclarationDispute: { status: string; countedPoints: string };
    }>(
      RESOLVE,
      {
        input: {
          id: d.id,
          upheld: false,
          reason: '签字记录属实，改为采纳',
          expectedVersion: disputed.data!.disputeDeclaration.version,
        },
      },
      secretary,
    );
    expect(overturned.data!.resolveDeclarationDispute).toMatchObject({
      status: 'OVERTURNED',
      countedPoints: '4.00',
    });

    const mine = await server.gql<{
      declarations: {
        id: string;
        events: {
          step: string;
          stepLabel: string;
          reason: string | null;
          actorRole: string;
          actorName: string;
        }[];
      }[];
    }>(MINE, {}, member);
    const history = mine.data!.declarations.find((x) => x.id === d.id)!.events;
    // The member reads who acted at each step, by name and in which role.
    expect(history.map((e) => [e.step, e.actorRole, e.actorName])).toEqual([
      ['SUBMITTED', 'member', expect.stringMatching(/^\p{Script=Han}+（办公室党员）$/u)],
      ['REJECTED', 'scorekeeper', expect.stringContaining('（记分员（办公室、财务处））')],
      ['DISPUTED', 'member', expect.stringContaining('（办公室党员）')],
      ['OVERTURNED', 'secretary', expect.stringContaining('（办公室支部书记）')],
    ]);
    expect(history[1]!.reason).toBe('走访记录缺少社区签字');
    // Each step is named by the server, in Chinese unless the client asks for English.
    expect(history.map((e) => e.stepLabel)).toEqual([
      '提交申报',
      '记分员未采纳',
      '申报人提出异议',
      '支部委员会改变原决定',
    ]);
    const { data } = await server.gql<{
      declarations: { id: string; events: { stepLabel: string }[] }[];
    }>(MINE, {}, member, 'en');
    expect(data!.declarations.find((x) => x.id === d.id)!.events.map((e) => e.stepLabel)).toEqual([
      'Declared',
      'Not accepted by the scorekeeper',
      'Disputed by the member',
      'Branch committee changed the decision',
    ]);

    const after = await server.gql<{ memberScore: { special: { value: string } } }>(
      SPECIAL,
      { id: memberId },
      member,
    );
    expect(
      Number(after.data!.memberScore.special.value) -
        Number(before.data!.memberScore.special.value),
    ).toBe(4);
    const em = bureauEm(server.db, bureauId);
    expect(await em.count(AuditEntry, { entityId: d.id })).toBe(4);
  });

  it('refuses to accept more points than the item allows per declaration', async () => {
    const member = await server.login('dangyuan1');
    const evidence = await upload(member, 'photo');
    const res = await server.gql(
      SUBMIT,
      {
        input: {
          month: '2026-10',
          itemCode: 'volunteer-service',
          description: '志愿服务',
          points: '6',
          evidenceId: evidence.id,
        },
      },
      member,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.points',
    });
  });
});
