import './revert.css';
import { useState } from 'react';
import { restoreVersion } from '../../api/historyApi';
import { revertPerson, type MapEditor, type RevertResult } from '../../api/revertApi';
import { Dialog } from '../../ui/Dialog';
import { relativeTime } from '../../ui/relativeTime';
import { showToast } from '../../ui/toasts';
import { useNow } from '../../ui/useNow';
import { useSession } from '../EditorContext';
import { useVersionChoices } from '../readout/useReadout';
import { personName, planSize, revertErrorMessage } from './revertMessages';
import { RevertPlanView } from './RevertPlanView';
import { resolveWindow, type WindowForm } from './revertWindow';
import { RevertWindowPicker } from './RevertWindowPicker';
import { useEditors } from './useEditors';

const START: WindowForm = { kind: 'session', versionId: '', minutes: '30', from: '', to: '' };

type Step =
  | { readonly name: 'choose' }
  | { readonly name: 'busy'; readonly doing: string }
  | { readonly name: 'preview'; readonly result: RevertResult; readonly who: string };

/**
 * Undo one person's edits in a window: pick the window and the person, preview the server's plan
 * (removed, back, fields "now → back", and what is left because someone else changed it later),
 * then apply it. The server takes a safety version first; the toast's "Undo" restores it.
 */
export function RevertDialog({ onClose }: { onClose: () => void }) {
  const { mapId, token } = useSession();
  const now = useNow();
  const versions = useVersionChoices(mapId, token);
  const [form, setForm] = useState(START);
  const [personId, setPersonId] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);
  // "The last N minutes" lists who edited up to when the dialog opened; Preview takes the time again.
  const [openedAt] = useState(() => Date.now());
  const resolved = resolveWindow(form, versions, openedAt);
  const win = typeof resolved === 'string' ? null : resolved;
  const editors = useEditors(mapId, token, win !== null, win?.editors.from, win?.editors.to);
  const people = editors.status === 'ready' ? editors.value : [];
  const person = people.find((p) => p.id === personId) ?? null;

  const preview = async () => {
    const fresh = resolveWindow(form, versions, Date.now());
    if (typeof fresh === 'string' || !person) return;
    setError(null);
    setStep({ name: 'busy', doing: 'Working out what would change…' });
    try {
      const result = await revertPerson(mapId, token, {
        personId: person.id,
        window: fresh.request,
        apply: false,
      });
      setStep({ name: 'preview', result, who: personName(person) });
    } catch (err) {
      setError(revertErrorMessage(err));
      setStep({ name: 'choose' });
    }
  };

  const apply = async (previewed: Extract<Step, { name: 'preview' }>) => {
    const { plan } = previewed.result;
    setError(null);
    setStep({ name: 'busy', doing: 'Reverting…' });
    try {
      // The window the preview used, to the millisecond: the apply does what the preview showed.
      const done = await revertPerson(mapId, token, {
        personId: plan.personId,
        window: { from: plan.from, to: plan.to },
        apply: true,
      });
      onClose();
      const n = planSize(done.plan);
      const safety = done.safety;
      showToast(
        `Reverted ${n} ${n === 1 ? 'change' : 'changes'} by ${previewed.who}`,
        'success',
        safety ? { label: 'Undo', run: () => void undo(mapId, token, safety.id) } : undefined,
      );
    } catch (err) {
      setError(revertErrorMessage(err));
      setStep(previewed);
    }
  };

  const busy = step.name === 'busy';
  const size = step.name === 'preview' ? planSize(step.result.plan) : 0;
  return (
    <Dialog
      title="Revert a person’s edits"
      description="Undo what one person did in a window of time. Everyone else’s edits stay."
      onClose={onClose}
      dismissible={!busy}
      className="revert-dialog"
      footer={
        step.name === 'preview' ? (
          <>
            <button type="button" className="btn" onClick={() => setStep({ name: 'choose' })}>
              Back
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={size === 0}
              onClick={() => void apply(step)}
            >
              Revert {size} {size === 1 ? 'change' : 'changes'}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="btn" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || !person || !win}
              onClick={() => void preview()}
            >
              Preview
            </button>
          </>
        )
      }
    >
      {error && (
        <p className="ui-dialog-error" role="alert">
          {error}
        </p>
      )}
      {step.name === 'busy' && <p className="revert-status">{step.doing}</p>}
      {step.name === 'preview' && <RevertPlanView plan={step.result.plan} who={step.who} />}
      {step.name === 'choose' && (
        <>
          <RevertWindowPicker form={form} versions={versions} onChange={setForm} />
          {typeof resolved === 'string' && <p className="revert-hint">{resolved}</p>}
          {win && (
            <PeoplePicker
              editors={editors}
              people={people}
              personId={personId}
              onPick={setPersonId}
              now={now}
            />
          )}
        </>
      )}
    </Dialog>
  );
}

interface PeopleProps {
  editors: ReturnType<typeof useEditors>;
  people: readonly MapEditor[];
  personId: string | null;
  onPick: (id: string) => void;
  now: number;
}

/** Who edited in the window: name, how many edits, when last. */
function PeoplePicker({ editors, people, personId, onPick, now }: PeopleProps) {
  if (editors.status === 'loading') return <p className="revert-status">Finding who edited…</p>;
  if (editors.status === 'error')
    return (
      <p className="ui-dialog-error" role="alert">
        {editors.message}
      </p>
    );
  if (people.length === 0) return <p className="revert-hint">Nobody edited the map in this window.</p>;
  return (
    <fieldset className="revert-people">
      <legend className="revert-legend">Whose edits</legend>
      {people.map((p) => (
        <label key={p.id} className={`revert-person${p.id === personId ? ' is-picked' : ''}`}>
          <input
            type="radio"
            name="revert-person"
            checked={p.id === personId}
            onChange={() => onPick(p.id)}
          />
          <span className="revert-person-name">{personName(p)}</span>
          <span className="revert-person-meta">
            {p.edits} {p.edits === 1 ? 'edit' : 'edits'} · last {relativeTime(Date.parse(p.lastAt), now)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

async function undo(mapId: string, token: string | null, safetyId: string): Promise<void> {
  try {
    await restoreVersion(mapId, token, safetyId);
    showToast('The revert was undone', 'success');
  } catch (err) {
    showToast(`Could not undo the revert: ${revertErrorMessage(err)}`, 'error');
  }
}
