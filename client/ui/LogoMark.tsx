import { useId } from 'react';

/**
 * Journey's mark: a winding route from a starting point (hollow) to where the customer ends up
 * (solid). Decorative — the product name always sits next to it.
 */
export function LogoMark({ size = 28 }: { size?: number }) {
  const gradientId = useId();
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id={gradientId} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#6d66f6" />
          <stop offset="1" stopColor="#4338ca" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="8" fill={`url(#${gradientId})`} />
      <path
        d="M8 24.5h9.5a4.25 4.25 0 0 0 0-8.5h-3a4.25 4.25 0 0 1 0-8.5H24"
        fill="none"
        stroke="#fff"
        strokeWidth="2.4"
        strokeLinecap="round"
      />
      <circle cx="8" cy="24.5" r="2.6" fill="#4f46e5" stroke="#fff" strokeWidth="2" />
      <circle cx="24" cy="7.5" r="3" fill="#fff" />
    </svg>
  );
}
