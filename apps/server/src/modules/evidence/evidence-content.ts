import { fileTypeFromBuffer } from 'file-type';
import { BadInputError } from '../../graphql/errors.js';

/** What each accepted type is called on screen (zh-CN, English). */
export const EVIDENCE_TYPE_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  'image/jpeg': { zh: 'JPEG 图片', en: 'a JPEG image' },
  'image/png': { zh: 'PNG 图片', en: 'a PNG image' },
  'image/webp': { zh: 'WebP 图片', en: 'a WebP image' },
  'application/pdf': { zh: 'PDF 文件', en: 'a PDF file' },
  'text/plain': { zh: '文本文件', en: 'a text file' },
  'text/csv': { zh: 'CSV 表格', en: 'a CSV file' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    zh: 'Excel 表格（.xlsx）',
    en: 'an Excel workbook (.xlsx)',
  },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    zh: 'Word 文档（.docx）',
    en: 'a Word document (.docx)',
  },
};

const TEXT_TYPES = new Set(['text/plain', 'text/csv']);

function isUtf8Text(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

/**
 * The bytes must be what the upload says they are, judged by their signature (magic numbers,
 * read by the `file-type` package), never by the declared type alone: HTML sent as `image/png`
 * is refused. Text types have no signature: they must be UTF-8 text and carry no binary one.
 */
export async function assertContentMatchesType(content: Buffer, declared: string): Promise<void> {
  const detected = await fileTypeFromBuffer(content);
  const ok = TEXT_TYPES.has(declared)
    ? !detected && isUtf8Text(content)
    : detected?.mime === declared;
  if (ok) return;
  const label = EVIDENCE_TYPE_LABELS[declared] ?? { zh: '所声明的类型', en: 'the declared type' };
  throw new BadInputError(
    `文件内容不是${label.zh}，请上传与所选类型一致的文件`,
    `The content is not ${label.en}; upload a file of the type it is declared as`,
    'input.contentBase64',
  );
}
