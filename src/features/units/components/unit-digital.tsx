import { DigitalCard } from '../../../components/digital-card';
import type { Meta } from '../../../api/meta';
import type { Period } from '../../../domain/period';

interface UnitDigitalProps {
  unitId: string;
  period: Period;
  name: string;
  periodText: string;
  fileBase: string;
  meta: Meta;
}

/** A unit's digital indicators against the year's targets. */
export function UnitDigital({ unitId, period, name, periodText, fileBase, meta }: UnitDigitalProps) {
  return (
    <DigitalCard
      query={{ ...period, unit: unitId, level: 'all' }}
      name={name}
      periodText={periodText}
      fileName={`${fileBase}-chuyen-doi-so`}
      meta={meta}
    />
  );
}
