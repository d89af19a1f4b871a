/** What the server accepts as evidence (apps/server evidence.service EVIDENCE_TYPES), 3 MB at most. */
export const EVIDENCE_MAX_BYTES = 3 * 1024 * 1024;
export const EVIDENCE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export const EVIDENCE_ACCEPT = `${EVIDENCE_TYPES.join(',')},.jpg,.jpeg,.png,.webp,.pdf,.txt,.csv,.xlsx,.docx`;

const BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The file's type as the server names it (phones sometimes send none): null when not accepted. */
export function evidenceType(file: { name: string; type: string }): string | null {
  if ((EVIDENCE_TYPES as readonly string[]).includes(file.type)) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? null;
}

/** The download address of an evidence file (same session and branch wall as GraphQL). */
export const evidenceUrl = (id: string) => `/evidence/${encodeURIComponent(id)}`;

/**
 * A phone photo is often above 3 MB: images are scaled down (longest side 2000 px, JPEG) before
 * upload when they are large. Other files go as they are.
 */
export async function shrinkImage(file: File, threshold = 1.5 * 1024 * 1024): Promise<File> {
  if (!file.type.startsWith('image/') || file.size <= threshold) return file;
  if (typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, 2000 / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.85),
    );
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' });
  } catch {
    return file;
  }
}
