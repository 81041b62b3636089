import { linkHost } from '../../../model';

/** Issue trackers we know by their host, each drawn with its own small mark (TrackerIcon.tsx). */
export const TRACKERS = [
  'github',
  'gitlab',
  'atlassian',
  'linear',
  'azure',
  'trello',
  'asana',
  'notion',
] as const;
export type Tracker = (typeof TRACKERS)[number];

export interface TrackerTraits {
  readonly label: string;
  /** Hosts it lives on; a subdomain matches too (acme.atlassian.net). */
  readonly hosts: readonly string[];
  readonly color: string;
}

export const TRACKER_TRAITS = {
  github: { label: 'GitHub', hosts: ['github.com'], color: '#24292f' },
  gitlab: { label: 'GitLab', hosts: ['gitlab.com'], color: '#e24329' },
  atlassian: { label: 'Jira', hosts: ['atlassian.net', 'atlassian.com', 'jira.com'], color: '#2684ff' },
  linear: { label: 'Linear', hosts: ['linear.app'], color: '#5e6ad2' },
  azure: { label: 'Azure DevOps', hosts: ['dev.azure.com', 'visualstudio.com'], color: '#0078d4' },
  trello: { label: 'Trello', hosts: ['trello.com'], color: '#0079bf' },
  asana: { label: 'Asana', hosts: ['asana.com'], color: '#f06a6a' },
  notion: { label: 'Notion', hosts: ['notion.so', 'notion.site'], color: '#111111' },
} satisfies Readonly<Record<Tracker, TrackerTraits>>;

/** What a link shows: its host and the tracker it belongs to (null: a generic link icon). */
export interface LinkLook {
  readonly host: string;
  readonly tracker: Tracker | null;
}

const matches = (host: string, known: string) => host === known || host.endsWith(`.${known}`);

/** The tracker behind a host, by the table (no favicon is fetched); null for any other host. */
export function trackerOf(host: string): Tracker | null {
  const h = host.toLowerCase();
  return TRACKERS.find((t) => TRACKER_TRAITS[t].hosts.some((known) => matches(h, known))) ?? null;
}

/** A link's host and tracker; null for text that is not a URL. */
export function linkLook(link: string): LinkLook | null {
  const host = linkHost(link);
  return host ? { host, tracker: trackerOf(host) } : null;
}
