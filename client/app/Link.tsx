import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { navigate } from './router';

type LinkProps = Omit<ComponentPropsWithRef<'a'>, 'href'> & { to: string };

/**
 * An <a> that navigates in-app on a plain left click. Modified clicks (new tab, new window,
 * download) and other targets keep the browser's behaviour, since the href is a real URL.
 */
export function Link({ to, onClick, target, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      (target !== undefined && target !== '_self')
    ) {
      return;
    }
    event.preventDefault();
    navigate(to);
  }
  return <a {...rest} href={to} target={target} onClick={handleClick} />;
}
