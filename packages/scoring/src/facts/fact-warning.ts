/** Something odd in the facts that scoring worked around (it never stops scoring). */
export type FactWarning = {
  code: string;
  messageZh: string;
  messageEn: string;
  recordId?: string;
};
