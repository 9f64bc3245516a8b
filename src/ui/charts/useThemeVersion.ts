// A number that changes whenever the theme or text size may have changed, so charts redraw.
import { useEffect, useState } from 'preact/hooks';

export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    // Settings change data-theme and the root font size; the device may switch light and dark.
    const observer = typeof MutationObserver === 'function' ? new MutationObserver(bump) : null;
    observer?.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme', 'style', 'class'],
    });
    const media =
      typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    media?.addEventListener('change', bump);
    return () => {
      observer?.disconnect();
      media?.removeEventListener('change', bump);
    };
  }, []);
  return version;
}
