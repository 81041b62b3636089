import { useLocalUser } from './useLocalUser';
import { usePresence } from './usePresence';
import { NameDialog } from './NameDialog';

/** First visit: asks for a name (remembered in this browser) before the person shows up to others. */
export function NamePrompt() {
  const presence = usePresence();
  const self = useLocalUser();
  if (self.name) return null;
  return (
    <NameDialog
      mode="join"
      initial=""
      color={self.color}
      onSubmit={(name) => presence.setName(name)}
      onClose={() => undefined}
    />
  );
}
