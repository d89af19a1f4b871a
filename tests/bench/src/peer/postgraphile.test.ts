import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  asJifenEdges,
  asJifenRoster,
  type PeerRankingPage,
  type PeerRoster,
} from './postgraphile-queries.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['node_modules', 'dist', 'generated'].includes(entry.name) ? [] : sourceFiles(full);
    }
    return /\.(ts|tsx|mts|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}

describe('PostGraphile, the bench peer', () => {
  it('is a devDependency of the bench only: no app or package depends on it or imports it', () => {
    const manifests = ['apps', 'packages'].flatMap((top) =>
      fs
        .readdirSync(path.join(root, top))
        .map((name) => path.join(root, top, name, 'package.json'))
        .filter((p) => fs.existsSync(p)),
    );
    expect(manifests.length).toBeGreaterThan(2);
    for (const manifest of [...manifests, path.join(root, 'package.json')]) {
      expect(fs.readFileSync(manifest, 'utf8'), manifest).not.toMatch(
        /"(postgraphile|grafast|grafserv|@dataplan\/pg)"/,
      );
    }
    const bench = JSON.parse(
      fs.readFileSync(path.join(root, 'tests/bench/package.json'), 'utf8'),
    ) as { devDependencies: Record<string, string> };
    expect(bench.devDependencies['postgraphile']).toMatch(/^5\./);
    const importing = ['apps', 'packages']
      .flatMap((top) => sourceFiles(path.join(root, top)))
      .filter((file) =>
        /from ['"](postgraphile|grafast|grafserv)/.test(fs.readFileSync(file, 'utf8')),
      );
    expect(importing).toEqual([]);
  });

  it("puts its roster in Jifen's shape: enum status, only code and value per category, null for a period not held here", () => {
    const score = (total: string) => ({
      nodes: [
        {
          total,
          base: '60.00',
          special: '5.00',
          categories: [['political-study', '30.00', '30']],
        },
      ],
    });
    const roster = {
      allMembers: {
        nodes: [
          {
            rowId: 'm1',
            name: '张三',
            status: 'probationary',
            year: score('65.00'),
            q1: { nodes: [] },
            q2: score('16.00'),
            q3: score('17.00'),
            q4: score('18.00'),
          },
        ],
      },
    } as unknown as PeerRoster;
    expect(JSON.stringify(asJifenRoster(roster))).toBe(
      JSON.stringify([
        {
          id: 'm1',
          name: '张三',
          status: 'PROBATIONARY',
          year: {
            total: '65.00',
            base: '60.00',
            special: '5.00',
            categories: [{ code: 'political-study', value: '30.00' }],
          },
          q1: null,
          q2: {
            total: '16.00',
            base: '60.00',
            special: '5.00',
            categories: [{ code: 'political-study', value: '30.00' }],
          },
          q3: {
            total: '17.00',
            base: '60.00',
            special: '5.00',
            categories: [{ code: 'political-study', value: '30.00' }],
          },
          q4: {
            total: '18.00',
            base: '60.00',
            special: '5.00',
            categories: [{ code: 'political-study', value: '30.00' }],
          },
        },
      ]),
    );
  });

  it("puts a ranking line in the shape of Jifen's scoreList edge, member and branch by name", () => {
    const page: PeerRankingPage = {
      allScoreSummaries: {
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [
          {
            node: {
              memberId: 'm1',
              total: '81.95',
              base: '69.95',
              special: '12.00',
              evaluation: '0.00',
              outcomeBand: null,
              memberByBureauIdAndMemberId: { name: '孔涛浩' },
              branchByBureauIdAndBranchId: { name: '办公室党支部' },
            },
          },
        ],
      },
    };
    expect(JSON.stringify(asJifenEdges(page))).toBe(
      '[{"node":{"memberId":"m1","total":"81.95","base":"69.95","special":"12.00","evaluation":"0.00","outcomeBand":null,"member":{"name":"孔涛浩"},"branch":{"name":"办公室党支部"}}}]',
    );
  });
});
