import { EVIDENCE_TRAITS, type Evidence } from '../../../model';

/**
 * The small evidence mark on a card: observed and measured stand out a little; assumed (the
 * default, most cards in a young map) is a faint "?" so a workshop map is not covered in warnings.
 */
export function EvidenceMark({ evidence }: { evidence: Evidence | undefined }) {
  if (!evidence) return null;
  const traits = EVIDENCE_TRAITS[evidence];
  return (
    <span
      className={`evidence-mark evidence-${evidence}`}
      data-testid="evidence-mark"
      data-evidence={evidence}
      title={`${traits.label}: ${traits.hint}`}
      aria-label={`Evidence: ${traits.label}`}
    >
      {traits.badge}
    </span>
  );
}
