function trimTrailingSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}

export const config = {
  apiUrl: trimTrailingSlash(import.meta.env.VITE_API_URL || '/api'),
  appName: import.meta.env.VITE_APP_NAME || 'MetaBuilder',
  /**
   * The record list's `sort` parameter (API.md) is not served yet: until it is, the grid
   * sorts the loaded rows itself. VITE_SERVER_SORT=true sends the sort to the server.
   */
  serverSort: import.meta.env.VITE_SERVER_SORT === 'true',
};
