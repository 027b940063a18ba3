import { Card, Group, Skeleton, Table, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { QueryError } from '../errors';
import tableClasses from './table.module.css';
import classes from './table-card.module.css';

export interface TableCardProps {
  title: string;
  /** Beside the title, e.g. "5 kiến nghị, 1 quá hạn". */
  aside?: ReactNode;
  description: string;
  /** The first failed query's error, or null. */
  error: unknown;
  onRetry: () => void;
  loading: boolean;
  /** The sentence shown instead of the table when it has no rows; null when it has some. */
  empty: string | null;
  caption: string;
  /** Below this width the table scrolls sideways inside the card. */
  minWidth: number;
  /** The table's head and body. */
  children: ReactNode;
}

const PLACE = 120;

/**
 * A section of a page that is one table: its heading and description, then the error, the loading
 * placeholder, the empty sentence or the striped table with its caption (a unit's inspections and open actions).
 */
export function TableCard({ title, aside, description, error, onRetry, loading, empty, caption, minWidth, children }: TableCardProps) {
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
      {error ? (
        <QueryError error={error} onRetry={onRetry} minHeight={PLACE} />
      ) : loading ? (
        <Skeleton height={PLACE} />
      ) : empty !== null ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped verticalSpacing="xs" className={tableClasses.table}>
            <caption className={classes.caption}>{caption}</caption>
            {children}
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
