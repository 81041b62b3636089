import { Icon } from '../ui/Icon';

interface MapsEmptyStateProps {
  onCreate: () => void;
  onStartFromSample: () => void;
  /** The sample is being created (its button shows progress). */
  creatingSample: boolean;
  /** Why creating the sample failed, if it did. */
  error: string | null;
}

/** What a new installation shows: what a journey map is for, and two ways to start. */
export function MapsEmptyState({ onCreate, onStartFromSample, creatingSample, error }: MapsEmptyStateProps) {
  return (
    <section className="maps-empty" data-testid="maps-empty" aria-labelledby="maps-empty-title">
      <h2 id="maps-empty-title" className="maps-empty-title">
        No journey maps yet
      </h2>
      <p className="maps-empty-text">
        A journey map shows how customers move through your business: every touchpoint, how it feels, where it
        hurts and who owns it. Create one, share the link, and build it together in real time.
      </p>
      <div className="maps-empty-actions">
        <button type="button" className="btn btn-primary btn-lg" onClick={onCreate} disabled={creatingSample}>
          <Icon name="plus" />
          Create your first map
        </button>
        <button
          type="button"
          className="btn-link"
          onClick={onStartFromSample}
          disabled={creatingSample}
          aria-busy={creatingSample || undefined}
        >
          {creatingSample ? 'Creating the sample…' : 'or start from the sample'}
        </button>
      </div>
      {error && (
        <p className="maps-empty-error" role="alert">
          Could not create the sample. {error}
        </p>
      )}
    </section>
  );
}
