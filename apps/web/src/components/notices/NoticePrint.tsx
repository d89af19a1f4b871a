import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useLocale } from '../../app/i18n';
import { useViewer } from '../../app/session/session';
import type { PublicationFieldsFragment } from '../../graphql/graphql';
import { useOutcomeBands } from '../outcome-band';
import './notice-print.css';

type Publication = PublicationFieldsFragment;

/** 2026-04-20 → 2026年4月20日 (zh-CN); English keeps the ISO date. */
function longDate(iso: string, zh: boolean) {
  if (!zh) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The notice as posted on the branch's board: the bureau's and branch's names, the period, the
 * list exactly as published, the notice window as the server counted it, and where to object.
 */
export function PrintedNotice({
  publication,
  bureauName,
  branchName,
}: {
  publication: Publication;
  bureauName: string;
  branchName: string;
}) {
  const { t, locale } = useLocale();
  const { labelOf } = useOutcomeBands();
  const zh = locale === 'zh-CN';
  const year = publication.kind === 'YEAR';
  const period = year
    ? t('noticePrint.periodYear', { year: publication.year })
    : t('noticePrint.periodQuarter', { year: publication.year, quarter: publication.quarter });
  const ends = longDate(publication.noticeEndsOn, zh);
  return (
    <div className="notice-print" data-testid="notice-printed">
      <p className="bureau">{bureauName}</p>
      <h1>{t('noticePrint.title', { branch: branchName, period })}</h1>
      <p>{t(year ? 'noticePrint.introYear' : 'noticePrint.introQuarter', { period })}</p>
      {publication.number > 1 && (
        <p>
          {t('noticePrint.republished', { number: publication.number })}
          {publication.note ? ` ${publication.note}` : ''}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th>{t('noticePrint.no')}</th>
            <th>{t('cmt.name')}</th>
            <th>{t('cmt.base')}</th>
            <th>{t('cmt.special')}</th>
            {year && <th>{t('cmt.evaluation')}</th>}
            <th>{t('cmt.total')}</th>
            {year && <th>{t('cmt.outcome')}</th>}
          </tr>
        </thead>
        <tbody>
          {publication.rows.map((row, i) => (
            <tr key={row.memberId}>
              <td>{i + 1}</td>
              <td>{row.name}</td>
              <td>{row.base}</td>
              <td>{row.special}</td>
              {year && <td>{row.evaluation ?? ''}</td>}
              <td>{row.total}</td>
              {year && <td>{labelOf(row.band)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="notice-printed-window">
        {t('noticePrint.window', {
          from: longDate(publication.firstCountedDay, zh),
          to: ends,
        })}
      </p>
      <p data-testid="notice-printed-objections">
        {t('noticePrint.whereToObject', { to: ends, branch: branchName })}
      </p>
      {publication.provisionalYears.length > 0 && (
        <p>
          {t('notice.provisional', {
            years: publication.provisionalYears.join(t('app.enumSeparator')),
          })}
        </p>
      )}
      <div className="signature">
        <div>{t('noticePrint.signedBy', { branch: branchName })}</div>
        <div>{longDate(publication.publishedOn, zh)}</div>
      </div>
    </div>
  );
}

/**
 * 打印公示: renders the notice outside the app and opens the browser's print dialog on it (the
 * print stylesheet hides everything else); it goes away once printing ends.
 */
export function PrintNoticeButton({
  publication,
  size,
}: {
  publication: Publication;
  size?: 'small' | 'middle';
}) {
  const { t } = useLocale();
  const viewer = useViewer();
  const { all } = useActiveBranch();
  const [printing, setPrinting] = useState(false);
  const branchName = all.find((b) => b.id === publication.branchId)?.name ?? '';

  useEffect(() => {
    if (!printing) return;
    const done = () => {
      document.body.classList.remove('printing-notice');
      setPrinting(false);
    };
    document.body.classList.add('printing-notice');
    window.addEventListener('afterprint', done);
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('printing-notice');
    };
  }, [printing]);

  return (
    <>
      <Button
        size={size}
        icon={<PrinterOutlined />}
        onClick={() => setPrinting(true)}
        data-testid={`print-notice-${publication.id}`}
      >
        {t('noticePrint.print')}
      </Button>
      {printing &&
        createPortal(
          <div className="notice-print-root">
            <PrintedNotice
              publication={publication}
              bureauName={viewer.bureauName}
              branchName={branchName}
            />
          </div>,
          document.body,
        )}
    </>
  );
}
