/** One column's sort as TanStack Table states it. */
export interface ColumnSort {
  id: string;
  desc: boolean;
}

/** API.md's `sort` parameter: `-price,name`. Column ids are field or system-field names. */
export function toSortParam(sorting: ColumnSort[]): string {
  return sorting.map((sort) => `${sort.desc ? '-' : ''}${sort.id}`).join(',');
}
