// PostgreSQL array literals, each passed as ONE parameter (`= any(?::uuid[])`,
// `= any(?::text[])`) whatever the list's length.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string) => UUID.test(id);

/** An array literal of uuids; anything that is not a uuid is left out. */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.filter(isUuid).join(',')}}`;
}

/** An array literal of texts, each quoted (backslashes and double quotes escaped). */
export function textArray(texts: readonly string[]): string {
  return `{${texts.map((t) => `"${t.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
