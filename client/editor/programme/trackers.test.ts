import { describe, expect, it } from 'vitest';
import { linkLook, trackerOf } from './trackers';
import { linkProblem } from './LinkField';

describe('issue-tracker links', () => {
  it.each([
    ['https://github.com/acme/app/issues/12', 'github', 'github.com'],
    ['https://www.gitlab.com/acme/app/-/issues/3', 'gitlab', 'gitlab.com'],
    ['https://acme.atlassian.net/browse/CX-42', 'atlassian', 'acme.atlassian.net'],
    ['https://linear.app/acme/issue/CX-7', 'linear', 'linear.app'],
    ['https://dev.azure.com/acme/cx/_workitems/edit/9', 'azure', 'dev.azure.com'],
    ['https://trello.com/c/abc', 'trello', 'trello.com'],
    ['https://app.asana.com/0/1/2', 'asana', 'app.asana.com'],
    ['https://www.notion.so/acme/Plan-1', 'notion', 'notion.so'],
  ])('%s is %s', (url, tracker, host) => {
    expect(linkLook(url)).toEqual({ host, tracker });
  });

  it('shows any other host with the generic icon, and a look-alike host is not the tracker', () => {
    expect(linkLook('https://tickets.example.org/7')).toEqual({ host: 'tickets.example.org', tracker: null });
    expect(trackerOf('notgithub.com')).toBeNull();
    expect(trackerOf('github.com.evil.io')).toBeNull();
    expect(linkLook('not a url')).toBeNull();
  });

  it('checks a link as it is typed: http(s) only, empty clears', () => {
    expect(linkProblem('')).toBeNull();
    expect(linkProblem('https://github.com/acme/app/issues/1')).toBeNull();
    expect(linkProblem('github.com/acme')).toMatch(/https:\/\//);
    expect(linkProblem('javascript:alert(1)')).not.toBeNull();
    expect(linkProblem('https://')).not.toBeNull();
  });
});
