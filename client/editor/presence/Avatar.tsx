import type { ButtonHTMLAttributes } from 'react';
import { initials } from '../../identity/initials';

interface AvatarProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  name: string;
  color: string;
  /** Shown on hover and focus (e.g. "Alice (you)"); also the accessible name. */
  label: string;
  /** This tab follows that person: a ring in their colour. */
  followed?: boolean;
}

/** A person's initials in their colour, as a button with a tooltip. */
export function Avatar({ name, color, label, followed = false, className, ...rest }: AvatarProps) {
  return (
    <button
      type="button"
      className={`avatar${followed ? ' is-followed' : ''}${className ? ` ${className}` : ''}`}
      style={{ background: color, ['--peer' as string]: color }}
      aria-label={label}
      data-tooltip={label}
      {...rest}
    >
      {initials(name)}
    </button>
  );
}
