import './presence.css';
import { useMemo, useState } from 'react';
import { useEditor } from '../EditorContext';
import { Avatar } from './Avatar';
import { AvatarMenu, AvatarMenuItem } from './AvatarMenu';
import { NameDialog } from './NameDialog';
import { onePerPerson, stackLayout } from './peopleStack';
import { PeopleList } from './PeopleList';
import { useLocalUser } from './useLocalUser';
import { usePeers } from './usePeers';
import { usePresence, usePresenceState } from './usePresence';

type MenuFor =
  { kind: 'self' } | { kind: 'peer'; clientId: number } | { kind: 'more' } | { kind: 'people' } | null;

/**
 * Who is on the map: this person first ("(you)"), then everyone else in arrival order, one avatar
 * per person however many tabs they have open. Click yourself to rename or bring everyone to your
 * view; click someone else to follow them. A crowd (peopleStack's COLLAPSE_AT) shows a count instead,
 * which opens a searchable list; the facilitator and the person followed keep their avatars.
 */
export function AvatarStack() {
  const presence = usePresence();
  const self = useLocalUser();
  const peers = usePeers();
  const following = usePresenceState((s) => s.following);
  const people = useMemo(() => onePerPerson(peers), [peers]);
  const [menu, setMenu] = useState<MenuFor>(null);
  const [renaming, setRenaming] = useState(false);

  const facilitatorId = useEditor((s) => s.map?.facilitation.facilitator?.userId ?? null);
  const layout = stackLayout(people, { selfShown: Boolean(self.name), facilitatorId, following });
  const total = people.length + (self.name ? 1 : 0);
  const shown = layout.kind === 'avatars' ? layout.shown : layout.pinned;
  const hidden = layout.kind === 'avatars' ? layout.hidden : [];
  const toggle = (next: NonNullable<MenuFor>) =>
    setMenu((cur) => (JSON.stringify(cur) === JSON.stringify(next) ? null : next));
  const menuPeer = menu?.kind === 'peer' ? people.find((p) => p.clientId === menu.clientId) : undefined;
  const follow = (clientId: number | null) => {
    setMenu(null);
    presence.follow(clientId);
  };

  return (
    <div
      className="avatar-stack"
      role="group"
      aria-label={`${total} ${total === 1 ? 'person' : 'people'} on this map`}
      data-testid="avatar-stack"
      data-count={total}
    >
      {self.name && (
        <Avatar
          name={self.name}
          color={self.color}
          label={`${self.name} (you)`}
          className="is-self"
          aria-haspopup="menu"
          aria-expanded={menu?.kind === 'self'}
          onClick={() => toggle({ kind: 'self' })}
        />
      )}
      {shown.map((p) => (
        <Avatar
          key={p.clientId}
          name={p.user.name}
          color={p.user.color}
          label={p.user.name}
          followed={following === p.clientId}
          aria-haspopup="menu"
          aria-expanded={menu?.kind === 'peer' && menu.clientId === p.clientId}
          onClick={() => toggle({ kind: 'peer', clientId: p.clientId })}
        />
      ))}
      {hidden.length > 0 && (
        <button
          type="button"
          className="avatar avatar-more"
          aria-label={`${hidden.length} more people`}
          data-tooltip={hidden.map((p) => p.user.name).join(', ')}
          aria-haspopup="menu"
          aria-expanded={menu?.kind === 'more'}
          onClick={() => toggle({ kind: 'more' })}
        >
          +{hidden.length}
        </button>
      )}

      {layout.kind === 'count' && (
        <button
          type="button"
          className="avatar avatar-more avatar-count"
          aria-label={`${total} people on this map: search and follow`}
          aria-haspopup="dialog"
          aria-expanded={menu?.kind === 'people'}
          onClick={() => toggle({ kind: 'people' })}
          data-testid="people-count"
        >
          {total} people
        </button>
      )}

      {menu?.kind === 'people' && (
        <PeopleList
          people={people}
          facilitatorId={facilitatorId}
          following={following}
          onFollow={(clientId) => follow(clientId)}
          onClose={() => setMenu(null)}
        />
      )}
      {menu?.kind === 'self' && self.name && (
        <AvatarMenu
          title={<MenuTitle name={`${self.name} (you)`} color={self.color} />}
          label="You"
          onClose={() => setMenu(null)}
        >
          <AvatarMenuItem
            onSelect={() => {
              setMenu(null);
              setRenaming(true);
            }}
          >
            Change name
          </AvatarMenuItem>
        </AvatarMenu>
      )}
      {menuPeer && (
        <AvatarMenu
          title={<MenuTitle name={menuPeer.user.name} color={menuPeer.user.color} />}
          label={menuPeer.user.name}
          onClose={() => setMenu(null)}
        >
          {following === menuPeer.clientId ? (
            <AvatarMenuItem onSelect={() => follow(null)}>Stop following</AvatarMenuItem>
          ) : (
            <AvatarMenuItem onSelect={() => follow(menuPeer.clientId)}>
              Follow {menuPeer.user.name}
            </AvatarMenuItem>
          )}
        </AvatarMenu>
      )}
      {menu?.kind === 'more' && (
        <AvatarMenu title="Also here — click to follow" label="More people" onClose={() => setMenu(null)}>
          {hidden.map((p) => (
            <AvatarMenuItem key={p.clientId} onSelect={() => follow(p.clientId)}>
              <span className="avatar-menu-dot" style={{ background: p.user.color }} />
              {p.user.name}
            </AvatarMenuItem>
          ))}
        </AvatarMenu>
      )}
      {renaming && self.name && (
        <NameDialog
          mode="change"
          initial={self.name}
          color={self.color}
          onSubmit={(name) => {
            presence.setName(name);
            setRenaming(false);
          }}
          onClose={() => setRenaming(false)}
        />
      )}
    </div>
  );
}

function MenuTitle({ name, color }: { name: string; color: string }) {
  return (
    <>
      <span className="avatar-menu-dot" style={{ background: color }} />
      {name}
    </>
  );
}
