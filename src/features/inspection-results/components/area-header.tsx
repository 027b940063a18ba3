import { Table, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InspectionArea } from '../../../api/inspection-template';
import classes from './results.module.css';

/** An area's column header: its short label on screen, its full name as the header's name and in a tooltip. */
export function AreaHeader({ area }: { area: Pick<InspectionArea, 'id' | 'name'> }) {
  const { t } = useTranslation();
  return (
    <Table.Th scope="col" className={classes.areaHead}>
      <Tooltip label={area.name}>
        <span tabIndex={0} className={classes.areaLabel}>
          <span aria-hidden>{t(`results.areaShort.a${area.id}` as 'results.areaShort.a1')}</span>
          <VisuallyHidden>{area.name}</VisuallyHidden>
        </span>
      </Tooltip>
    </Table.Th>
  );
}
