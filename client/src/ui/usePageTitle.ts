import { useEffect } from 'react';

/** Sets the document title ("<page> · Partner Hub"), so each page is named for tabs and screen readers. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Partner Hub` : 'Partner Hub';
  }, [title]);
}
