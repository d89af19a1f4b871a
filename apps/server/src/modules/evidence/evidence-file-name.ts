import path from 'node:path';
import { BadInputError } from '../../graphql/errors.js';

/** Longest file name kept: what common file systems allow. */
export const MAX_FILE_NAME_LENGTH = 255;

/**
 * Characters dropped from an uploaded file name: control characters, bidirectional overrides
 * (which disguise `evil‮fdp.exe` as `evilexe.pdf`) and those Windows forbids in a name.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/g;

/**
 * The name a file is stored and offered for download under: no folders, no unsafe characters,
 * no leading dots (hidden files) or trailing dots and spaces, and not longer than 255 characters
 * (a longer one is refused, not cut, so the extension is never lost).
 */
export function sanitizeFileName(raw: string): string {
  const base = path.posix.basename(raw.replace(/\\/g, '/'));
  const name = base
    .normalize('NFC')
    .replace(UNSAFE, '')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!name) throw new BadInputError('请提供文件名', 'A file name is required', 'input.fileName');
  if ([...name].length > MAX_FILE_NAME_LENGTH)
    throw new BadInputError(
      `文件名过长（最多 ${MAX_FILE_NAME_LENGTH} 个字符）`,
      `The file name is too long (at most ${MAX_FILE_NAME_LENGTH} characters)`,
      'input.fileName',
    );
  return name;
}
