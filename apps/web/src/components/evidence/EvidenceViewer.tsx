import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../app/i18n';
import { evidenceUrl } from './evidence-file';

type Loaded = { url: string; type: string } | { error: string };

/** Kinds the browser shows by itself: images, and PDFs through its own PDF viewer. */
export function inlineKind(type: string): 'image' | 'pdf' | null {
  if (/^image\/(jpeg|png|webp)$/.test(type)) return 'image';
  if (type === 'application/pdf') return 'pdf';
  return null;
}

/**
 * Fetches the file with the session's cookie (same walls as the download) and shows it from a
 * blob: address, so the server's download disposition does not matter and nothing leaves the page.
 */
function useEvidenceBlob(id: string | null): Loaded | null {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!id) return;
    let url: string | null = null;
    let live = true;
    fetch(evidenceUrl(id), { credentials: 'include' })
      .then(async (res) => {
        if (!res.ok) {
          const body = (await res.json().catch(() => null)) as { message?: string } | null;
          throw new Error(body?.message ?? t('error.unknown'));
        }
        const blob = await res.blob();
        url = URL.createObjectURL(blob);
        if (live) setLoaded({ url, type: blob.type });
      })
      .catch((error: Error) => live && setLoaded({ error: error.message }));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, t]);
  return loaded;
}

function EvidenceBody({ id, fileName }: { id: string; fileName: string }) {
  const t = useT();
  const loaded = useEvidenceBlob(id);
  if (!loaded) return <Spin tip={t('evidence.loading')}>{<div style={{ height: 200 }} />}</Spin>;
  if ('error' in loaded) return <Alert type="error" showIcon title={loaded.error} />;
  const kind = inlineKind(loaded.type);
  const download = (
    <Typography.Link href={loaded.url} download={fileName}>
      {t('evidence.download')}
    </Typography.Link>
  );
  if (kind === 'image')
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <img
          src={loaded.url}
          alt={fileName}
          data-testid="evidence-image"
          style={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', margin: '0 auto' }}
        />
        {download}
      </Space>
    );
  if (kind === 'pdf')
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <iframe
          src={loaded.url}
          title={fileName}
          data-testid="evidence-pdf"
          style={{ width: '100%', height: '70vh', border: 0 }}
        />
        {download}
      </Space>
    );
  return <Alert type="info" showIcon title={t('evidence.cannotPreview')} description={download} />;
}

/**
 * 佐证材料: a link that opens the file in the page (images, PDFs), with a download beside it.
 * Shared by every screen that shows evidence (declarations inbox, sessions, spot checks).
 */
export function EvidenceViewer({
  evidenceId,
  fileName,
  label,
}: {
  evidenceId: string;
  fileName?: string;
  /** The link's text; "查看" by default. */
  label?: string;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const name = fileName ?? t('evidence.open');
  return (
    <>
      <Button
        type="link"
        size="small"
        icon={<EyeOutlined />}
        style={{ paddingInline: 0 }}
        onClick={() => setOpen(true)}
      >
        {label ?? t('evidence.open')}
      </Button>
      <Modal
        open={open}
        title={name}
        footer={null}
        width={900}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {/* Mounted per opening (and per file): a fresh fetch, its blob released on close. */}
        {open && <EvidenceBody key={evidenceId} id={evidenceId} fileName={name} />}
      </Modal>
    </>
  );
}
