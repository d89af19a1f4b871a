/** A sampled record as the server sends it, every field empty: tests fill in what they need. */
export const blankRecorded = {
  __typename: 'RecordedItem' as const,
  memberName: null as string | null,
  itemNameZh: '',
  itemNameEn: '',
  value: null as string | null,
  dutyStatus: null as string | null,
  paidOn: null as string | null,
  count: null as number | null,
  note: null as string | null,
  decision: null as string | null,
  date: null as string | null,
  topic: null as string | null,
  attendees: null as string[] | null,
  points: null as string | null,
  evidence: null,
};
