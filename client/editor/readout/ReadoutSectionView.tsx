import type { Readout } from '../../../model/history';
import { formatClock, READOUT_SECTIONS, type SectionId } from './readoutSections';
import { VoteResultsView } from './VoteResultsView';

/** Sections drawn richer than their lines; the rest are the table's lines as a list. */
const RICH: Partial<Record<SectionId, (props: { readout: Readout }) => React.ReactNode>> = {
  votes: VoteResultsView,
};

/** One readout section: its heading, then its lines, or its empty sentence. */
export function ReadoutSectionView({ id, readout }: { id: SectionId; readout: Readout }) {
  const section = READOUT_SECTIONS[id];
  const lines = section.lines(readout, formatClock);
  const Rich = RICH[id];
  return (
    <section className="readout-section" aria-label={section.title} data-testid={`readout-${id}`}>
      <h3 className="readout-section-title">{section.title}</h3>
      {lines.length === 0 ? (
        <p className="readout-empty">{section.empty}</p>
      ) : Rich ? (
        <Rich readout={readout} />
      ) : (
        <ul className="readout-lines">
          {lines.map((line, i) => (
            <li key={i} className={`readout-line is-level-${line.level + 1}`}>
              {line.marker && `${line.marker} `}
              {line.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
