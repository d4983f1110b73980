function trimTrailingSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}

export const config = {
  apiUrl: trimTrailingSlash(import.meta.env.VITE_API_URL || '/api'),
  appName: import.meta.env.VITE_APP_NAME || 'MetaBuilder',
};
