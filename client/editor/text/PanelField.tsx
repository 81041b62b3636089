import type { ReactNode } from 'react';

/** A side-panel field: its label above the control (`htmlFor` names the control's id), hints below. */
export function PanelField({
  label,
  htmlFor,
  className,
  children,
}: {
  label: ReactNode;
  htmlFor: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className ? `sp-field ${className}` : 'sp-field'}>
      <label className="sp-label" htmlFor={htmlFor}>
        {label}
      </label>
      {children}
    </div>
  );
}
