/**
 * A header menu as a disclosure (the export and share menus): a button that
 * shows a list of buttons. The first item takes focus when it opens; arrow
 * keys, Home and End move through the items; Escape closes it back to its
 * button; so does a click elsewhere, or focus leaving it.
 */
import { useEffect, useRef, useState } from 'react';

export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector('button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  /** On the button and every item: closes the menu when focus goes outside it. */
  function closeIfFocusLeft(e: React.FocusEvent) {
    if (open && !root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
  }

  /** On every item: up and down (wrapping), Home and End, over the items that can be chosen. */
  function onMenuKey(e: React.KeyboardEvent<HTMLElement>) {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
    if (to === undefined || !items.length) return;
    e.preventDefault();
    items[(to + items.length) % items.length]!.focus();
  }

  return { open, setOpen, button, menu, root, closeIfFocusLeft, onMenuKey };
}
