import { useQuery } from '@apollo/client/react';
import { today } from '../../app/calendar/today';
import { useLocale } from '../../app/i18n';
import { graphql } from '../../graphql';

const NoticeTermsQuery = graphql(`
  query NoticeTerms($publishedOn: String!) {
    noticeWindow(publishedOn: $publishedOn) {
      endsOn
      workingDays
    }
  }
`);

/**
 * What publishing today means, as the server counts it: how many working days the notice runs and
 * the day it ends (the working calendar and the period are the server's, never the screen's).
 * The text for a publish dialog; a general one until the server has answered.
 */
export function useNoticeTerms(): string {
  const { t } = useLocale();
  const { data } = useQuery(NoticeTermsQuery, {
    variables: { publishedOn: today().format('YYYY-MM-DD') },
  });
  const window = data?.noticeWindow;
  return window
    ? t('quarterly.publishContent', { days: window.workingDays, endsOn: window.endsOn })
    : t('quarterly.publishContentGeneral');
}
