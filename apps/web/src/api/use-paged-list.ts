import { useEffect, useState } from 'react';
import { get } from './client';
import { listPath } from './list-query';
import type { Loose, Page } from './types';
import { useResource, type Resource } from './use-resource';

export interface PagedList<T = Loose> extends Resource<Page<T>> {
  page: number;
  pageSize: number;
  setPage(page: number): void;
  /** the list's path with its filters, without paging: what the export buttons download */
  path: string;
}

/** One page of a list; a change of filters goes back to page 1. */
export function usePagedList<T = Loose>(path: string, filters: Record<string, string | number | null | undefined> = {}, pageSize = 20, key = ''): PagedList<T> {
  const filtered = listPath(path, filters);
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [filtered]);
  const resource = useResource<Page<T>>((signal) => get(listPath(filtered, { page, pageSize }), signal), `${filtered}#${page}#${pageSize}#${key}`);
  return { ...resource, page, pageSize, setPage, path: filtered };
}
