import { describe, expect, it } from 'vitest';
import { assertContentMatchesType } from './evidence-content.js';
import { MAX_FILE_NAME_LENGTH, sanitizeFileName } from './evidence-file-name.js';

// A real 16×16 PNG, as the browser journeys upload it (with bytes of their own appended).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAJUlEQVR42mP4z8DwHwoYcDIYGP4zMDAwMDAwQAhGhgGUAQAnuQ/x1DsjXQAAAABJRU5ErkJggg==',
  'base64',
);
const HTML = Buffer.from('<!DOCTYPE html><html><script>alert(document.cookie)</script></html>');
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

describe('evidence content is judged by its bytes', () => {
  it('accepts content that is what it is declared as', async () => {
    await expect(assertContentMatchesType(PNG, 'image/png')).resolves.toBeUndefined();
    await expect(
      assertContentMatchesType(Buffer.concat([PNG, Buffer.from('sheet 1')]), 'image/png'),
    ).resolves.toBeUndefined();
    await expect(assertContentMatchesType(PDF, 'application/pdf')).resolves.toBeUndefined();
    await expect(
      assertContentMatchesType(Buffer.from('姓名,次数\n张三,2\n'), 'text/csv'),
    ).resolves.toBeUndefined();
  });

  it.each([
    ['HTML declared as a PNG', HTML, 'image/png', 'PNG 图片'],
    ['a PNG declared as a PDF', PNG, 'application/pdf', 'PDF 文件'],
    ['a PNG declared as text', PNG, 'text/plain', '文本文件'],
    [
      'bytes that are not UTF-8 declared as CSV',
      Buffer.from([0xff, 0xfe, 0x00, 0x41]),
      'text/csv',
      'CSV 表格',
    ],
  ])('refuses %s, naming the field and the type', async (_what, content, declared, label) => {
    await expect(assertContentMatchesType(content, declared)).rejects.toMatchObject({
      message: `文件内容不是${label}，请上传与所选类型一致的文件`,
      extensions: { code: 'BAD_USER_INPUT', field: 'input.contentBase64' },
    });
  });
});

describe('uploaded file names are sanitised and bounded', () => {
  it.each([
    ['签到表.png', '签到表.png'],
    ['C:\\Users\\张三\\Desktop\\签到表.png', '签到表.png'],
    ['../../etc/passwd', 'passwd'],
    ['.hidden.pdf', 'hidden.pdf'],
    ['report\u0000.pdf', 'report.pdf'],
    ['evil\u202efdp.exe', 'evilfdp.exe'],
    ['a<b>:c?.txt  ', 'abc.txt'],
  ])('%j becomes %j', (raw, clean) => {
    expect(sanitizeFileName(raw)).toBe(clean);
  });

  it('refuses a name that is empty once cleaned, or longer than the bound', () => {
    expect(() => sanitizeFileName('../..')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.fileName' }) }),
    );
    expect(() => sanitizeFileName(`${'长'.repeat(10_000)}.png`)).toThrow(
      `文件名过长（最多 ${MAX_FILE_NAME_LENGTH} 个字符）`,
    );
    expect(sanitizeFileName(`${'长'.repeat(MAX_FILE_NAME_LENGTH - 4)}.png`)).toHaveLength(
      MAX_FILE_NAME_LENGTH,
    );
  });
});
