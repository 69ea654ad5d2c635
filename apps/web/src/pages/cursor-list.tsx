import { type InfiniteData, type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import { Button, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import type { MessageKey } from '../shell/menu';
import { ProblemAlert } from './problem-alert';

/** One page of a list the api pages with `cursor`/`nextCursor`. */
type Page = { items: unknown[]; nextCursor: string | null };

/**
 * A list the api pages with `cursor`/`nextCursor`, fetched a page at a time as the user asks for more; `rows` are
 * the items of the pages so far. `refetchInterval` is given the pages so far (to poll while something runs).
 */
export function useCursorList<P extends Page>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<P>,
  options: { enabled?: boolean; staleTime?: number; refetchInterval?: (pages: P[]) => number | false } = {},
) {
  const { refetchInterval, ...rest } = options;
  const query = useInfiniteQuery<P, ApiError | Error, InfiniteData<P>, QueryKey, string | undefined>({
    queryKey,
    ...rest,
    initialPageParam: undefined,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: refetchInterval && ((q) => refetchInterval(q.state.data?.pages ?? [])),
  });
  const rows = (query.data?.pages.flatMap((page) => page.items) ?? []) as P['items'];
  return { ...query, rows };
}

/** "More" under a paged table, while the api says there is a next page. */
export function MoreButton({
  list,
  label,
  className,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
  label: MessageKey;
  className: string;
}) {
  const { t } = useTranslation();
  if (!list.hasNextPage) return null;
  return (
    <Button className={className} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
      {t(label)}
    </Button>
  );
}

/** What a paged table needs of `useCursorList`. */
export type CursorList<T> = {
  rows: T[];
  error: Error | null;
  isFetching: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
};

/** A list the api pages (`useCursorList`): what went wrong, a table of the rows so far, and "more" below it. */
export function CursorTable<T extends object>({
  list,
  moreLabel,
  moreClassName,
  ...props
}: Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination'> & {
  list: CursorList<T>;
  moreLabel: MessageKey;
  moreClassName: string;
}) {
  return (
    <>
      {list.error && <ProblemAlert error={list.error} />}
      <Table<T> dataSource={list.rows} loading={list.isFetching} pagination={false} {...props} />
      <MoreButton list={list} label={moreLabel} className={moreClassName} />
    </>
  );
}
