import { useTranslation } from 'react-i18next';

/** The period's report (Báo cáo), laid out for printing and signing. */
export function ReportRoute() {
  const { t } = useTranslation();
  return <h1>{t('report.title')}</h1>;
}
