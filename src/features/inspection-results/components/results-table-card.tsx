import { Card, Group, Skeleton, Table, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { QueryError } from '../../../components/errors';
import classes from './results.module.css';

interface ResultsTableCardProps {
  title: string;
  aside?: ReactNode;
  description: string;
  /** Under the table (a legend, a note). */
  below?: ReactNode;
  error: unknown;
  onRetry: () => void;
  loading: boolean;
  /** The sentence shown instead of the table when it has no rows; null when it has some. */
  empty: string | null;
  caption: string;
  minWidth: number;
  /** Above the table, under the description (a select). */
  controls?: ReactNode;
  /** A class of the table element, beside the shared one. */
  tableClassName?: string;
  children: ReactNode;
}

const PLACE = 160;

/**
 * A section of Kết quả kiểm tra that is one table: as the unit page's TableCard (src/components/table-card), with room
 * for controls above the table and a legend under it, which that card has not.
 */
export function ResultsTableCard({ title, aside, description, below, error, onRetry, loading, empty, caption, minWidth, controls, tableClassName, children }: ResultsTableCardProps) {
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={2} id={headingId} size="h4">
          {title}
        </Title>
        {aside}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {description}
      </Text>
      {controls}
      {error ? (
        <QueryError error={error} onRetry={onRetry} minHeight={PLACE} />
      ) : loading ? (
        <Skeleton height={PLACE} />
      ) : empty !== null ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={minWidth}>
            <Table striped verticalSpacing="xs" className={tableClassName ? `${classes.table} ${tableClassName}` : classes.table}>
              <caption className={classes.caption}>{caption}</caption>
              {children}
            </Table>
          </Table.ScrollContainer>
          {below}
        </>
      )}
    </Card>
  );
}
