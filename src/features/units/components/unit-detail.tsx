import { Title } from '@mantine/core';

/** One unit's page. */
export function UnitDetail({ unitId }: { unitId: string }) {
  return <Title order={1}>{unitId}</Title>;
}
