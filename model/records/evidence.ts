import { z } from 'zod';

/**
 * How we know what a card says: seen in research (`observed`), backed by data (`measured`), or the
 * workshop's belief (`assumed`, the default). A touchpoint with metric points counts as measured
 * whatever is stored (`insights/evidenceOf`).
 */
export const EVIDENCE_LEVELS = ['assumed', 'observed', 'measured'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];
export const evidenceSchema = z.enum(EVIDENCE_LEVELS);

export interface EvidenceTraits {
  readonly label: string;
  readonly hint: string;
  /** Its weight in the health score's evidence share (measured 1, observed 0.5, assumed 0). */
  readonly weight: number;
  /** The small mark on cards and in exports. */
  readonly badge: string;
}

export const EVIDENCE_TRAITS = {
  assumed: { label: 'Assumed', hint: 'The team believes it; nobody has checked yet', weight: 0, badge: '?' },
  observed: {
    label: 'Observed',
    hint: 'Seen in research: interviews, shadowing, call listening',
    weight: 0.5,
    badge: '◉',
  },
  measured: {
    label: 'Measured',
    hint: 'Backed by data: survey scores, analytics, contact volumes',
    weight: 1,
    badge: '▮',
  },
} satisfies Readonly<Record<Evidence, EvidenceTraits>>;

export const DEFAULT_EVIDENCE: Evidence = 'assumed';
