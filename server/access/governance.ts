import { ROLES, type Role } from '../../model';
import type { MapRecord } from '../persistence/MapStore';
import type { ShareLink } from '../persistence/ShareLinkStore';
import type { Person } from './person';
import type { AccessGrant } from './resolveAccess';

/**
 * Who governs a map (revokes others' links, moves it to the trash, restores or deletes it for good):
 *
 * - the admin token, on every map;
 * - the map's owner: the person (by their key) who created it;
 * - a map without owner (made before owners were recorded, or by a client without a person key)
 *   is governed, besides the admin, by the editors of an open server who came without a link:
 *   on an open server the map URL is the key to it anyway, and nobody else could ever govern it.
 *
 * A share link never makes its holder a governor: a link is a delegation, and delegations can be
 * passed on. A link's holder may still revoke the links they minted themselves (`canRevokeLink`).
 */
export function canGovern(
  map: Pick<MapRecord, 'owner'>,
  grant: Pick<AccessGrant, 'via'>,
  person: Person,
): boolean {
  if (grant.via === 'admin') return true;
  const owner = map.owner ?? null;
  if (owner === null) return grant.via === 'open';
  return isOwner(map, person);
}

/** True if `person` created the map (an anonymous person, without key, never owns anything). */
export function isOwner(map: Pick<MapRecord, 'owner'>, person: Person): boolean {
  return person.keyed && (map.owner ?? null) === person.id;
}

/** The map's governor may revoke any of its links; anyone may revoke what they minted. */
export function canRevokeLink(
  link: Pick<ShareLink, 'createdBy' | 'mintedByLink'>,
  governs: boolean,
  grant: Pick<AccessGrant, 'linkId'>,
  person: Person,
): boolean {
  if (governs) return true;
  if (person.keyed && link.createdBy === person.id) return true;
  return grant.linkId !== undefined && link.mintedByLink === grant.linkId;
}

/** How much a role may do: editor 3, commenter 2, viewer 1. */
function roleRank(role: Role): number {
  return ROLES.length - ROLES.indexOf(role);
}

export type MintRefusal = 'role_above_own' | 'expiry_beyond_own';

/**
 * The minting ceiling: a link mints only links of its own role or lower that expire no later than
 * itself (so revoking or outliving it cannot leave a stronger or longer delegation behind). Grants
 * that are not a link (owner on an open server, admin) have no ceiling.
 */
export function mintRefusal(
  grant: Pick<AccessGrant, 'via' | 'role' | 'expiresAt'>,
  role: Role,
  expiresAt: number | null,
): MintRefusal | undefined {
  if (grant.via !== 'link') return undefined;
  if (roleRank(role) > roleRank(grant.role)) return 'role_above_own';
  if (grant.expiresAt !== null && (expiresAt === null || expiresAt > grant.expiresAt)) {
    return 'expiry_beyond_own';
  }
  return undefined;
}
