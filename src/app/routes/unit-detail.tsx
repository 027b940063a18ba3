import { useParams } from 'react-router';
import { UnitDetail } from '../../features/units';

export function UnitDetailRoute() {
  const { unitId = '' } = useParams();
  return <UnitDetail unitId={unitId} />;
}
