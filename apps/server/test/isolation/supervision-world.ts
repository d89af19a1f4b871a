type Call = (query: string, variables: Record<string, unknown>, token: string) => Promise<unknown>;

const DRAW = `mutation($i: DrawSpotCheckInput!) { drawSpotCheck(input: $i) { id items { id branchId } } }`;
const FLAG = `mutation($i: SpotCheckFindingInput!) { recordSpotCheckFinding(input: $i) { id } }`;

/**
 * A spot check of the first quarter in a bureau, drawn by its committee, with every item of
 * `branchId` found wrong: follow-ups behind that branch's wall for the answer and close probes.
 */
export async function seedSpotCheck(call: Call, admin: string, branchId: string): Promise<void> {
  const check = (await call(
    DRAW,
    { i: { title: '探针抽查', fromMonth: '2026-01', toMonth: '2026-03', size: 12, seed: 'probe' } },
    admin,
  )) as { items: { id: string; branchId: string }[] };
  for (const item of check.items.filter((i) => i.branchId === branchId))
    await call(FLAG, { i: { itemId: item.id, discrepancy: true, note: '探针问题' } }, admin);
}
