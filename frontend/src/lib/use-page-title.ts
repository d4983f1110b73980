import { useEffect } from 'react';
import { config } from './config';

/** The tab shows the screen it is on: "Widget · Records of Product · MetaBuilder". */
export function usePageTitle(...parts: (string | undefined)[]): void {
  const title = [...parts.filter(Boolean), config.appName].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
