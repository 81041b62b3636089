import './programmeHeader.css';
import { useState } from 'react';
import { HealthBadge } from './HealthBadge';
import { MatrixDialog } from './MatrixDialog';
import { OverduePill } from './OverduePill';

/** The header's programme controls: the overdue pill, the health badge, and the matrix dialog. */
export function ProgrammeHeader() {
  const [open, setOpen] = useState<'overdue' | 'health' | null>(null);
  const toggle = (which: 'overdue' | 'health') => (next: boolean) => setOpen(next ? which : null);
  return (
    <>
      <OverduePill open={open === 'overdue'} onOpen={toggle('overdue')} />
      <HealthBadge
        open={open === 'health'}
        onOpen={toggle('health')}
        onShowOverdue={() => setOpen('overdue')}
      />
      <MatrixDialog />
    </>
  );
}
