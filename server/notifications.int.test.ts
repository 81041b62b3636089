import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addAction,
  addNote,
  addStage,
  newPersonKey,
  notePresence,
  personIdFromKey,
  reply,
  startThread,
  updateAction,
  type InboxResponse,
} from '../model';
import * as Y from 'yjs';
import {
  commentsRoom,
  startTestServer,
  storedDoc,
  waitFor,
  waitForSync,
  type TestServer,
} from './testing/harness';

interface Person {
  key: string;
  id: string;
  name: string;
  comments: Y.Doc;
  leave: () => void;
}

const author = (p: Person) => ({ id: p.id, name: p.name, color: '#336699' });

describe('notifications', () => {
  let t: TestServer;
  let mapId: string;
  beforeEach(async () => {
    t = await startTestServer({ roomTtlMs: 50 });
    mapId = await t.createMap({ title: 'IVR journey', template: 'blank' });
  });
  afterEach(() => t.dispose());

  /** Someone opening the map: a person key, on the comments doc, in its people. */
  async function person(name: string): Promise<Person> {
    const key = newPersonKey();
    const client = t.connect(commentsRoom(mapId), undefined, {}, { personKey: key });
    await waitForSync(client);
    const p = {
      key,
      id: personIdFromKey(key),
      name,
      comments: client.doc,
      leave: () => client.provider.destroy(),
    };
    notePresence(client.doc, author(p));
    return p;
  }
  const inbox = async (p: Person) => {
    const res = await t.api('/api/inbox', { personKey: p.key });
    expect(res.status).toBe(200);
    return res.body as unknown as InboxResponse;
  };
  const kinds = async (p: Person) => (await inbox(p)).notifications.map((n) => n.kind);
  async function until(p: Person, count: number): Promise<InboxResponse> {
    let last: InboxResponse | undefined;
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      last = await inbox(p);
      if (last.notifications.length >= count) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`inbox of ${p.name} has ${last?.notifications.length ?? 0} notifications, not ${count}`);
  }

  it('notifies a mention to the mentioned person only, and a reply to the thread’s earlier people', async () => {
    const [ana, ben, cai] = [await person('Ana'), await person('Ben'), await person('Cai')];
    const { threadId } = startThread(ana.comments, {
      author: author(ana),
      text: 'Can we check the IVR options with @Ben?',
      mentions: [ben.id],
      anchor: { kind: 'map' },
    });
    const benInbox = await until(ben, 1);
    expect(benInbox.unread).toBe(1);
    expect(benInbox.notifications[0]).toMatchObject({
      kind: 'mention',
      mapId,
      mapTitle: 'IVR journey',
      actor: 'Ana',
      anchor: { kind: 'map' },
      threadId,
      readAt: null,
      text: 'Ana mentioned you: “Can we check the IVR options with @Ben?”',
    });
    // Generation is one pass per save: by now the others' would be there too.
    expect(await kinds(ana)).toEqual([]);
    expect(await kinds(cai)).toEqual([]);

    // Ben replies: Ana (who started the thread) hears it; Ben does not hear his own reply.
    await waitFor(() => ben.comments.getMap('threads').has(threadId));
    reply(ben.comments, threadId, { author: author(ben), text: 'On it', mentions: [] });
    expect((await until(ana, 1)).notifications[0]).toMatchObject({ kind: 'reply', actor: 'Ben', threadId });
    // Cai replies mentioning Ben: Ben gets the mention and not also a reply; Ana gets a reply.
    await waitFor(() => cai.comments.getMap('threads').has(threadId));
    reply(cai.comments, threadId, { author: author(cai), text: 'Ben, see the logs', mentions: [ben.id] });
    await until(ana, 2);
    expect(await kinds(ana)).toEqual(['reply', 'reply']);
    expect(await kinds(ben)).toEqual(['mention', 'mention']);
    expect(await kinds(cai)).toEqual([]);
  });

  it('does not notify comments that were there before the server loaded the doc', async () => {
    const [ana, ben] = [await person('Ana'), await person('Ben')];
    // Everyone leaves; a comment reaches the stored doc while no room has it (as in an upgrade from
    // a server without notifications): loading the doc later must not notify it.
    for (const p of [ana, ben]) p.leave();
    await waitFor(() => t.server.rooms.get(mapId, 'comments') === undefined, 5000, 'comments room unloaded');
    const offline = storedDoc(t.server.store, commentsRoom(mapId))!;
    const before = Y.encodeStateVector(offline);
    startThread(offline, {
      author: author(ana),
      text: 'Old news @Ben',
      mentions: [ben.id],
      anchor: { kind: 'map' },
    });
    t.server.store.appendUpdate(commentsRoom(mapId), Y.encodeStateAsUpdate(offline, before));

    const back = t.connect(commentsRoom(mapId), undefined, {}, { personKey: ana.key });
    await waitForSync(back);
    await waitFor(() => back.doc.getMap('comments').size === 1);
    startThread(back.doc, {
      author: author(ana),
      text: 'New news @Ben',
      mentions: [ben.id],
      anchor: { kind: 'map' },
    });
    const { notifications } = await until(ben, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect((await inbox(ben)).notifications.map((n) => n.text)).toEqual([
      'Ana mentioned you: “New news @Ben”',
    ]);
    expect(notifications).toHaveLength(1);
  });

  it('says e-mail is not configured without SMTP settings', async () => {
    const key = newPersonKey();
    expect((await t.api('/api/me/notifications', { personKey: key })).body).toMatchObject({
      configured: false,
    });
    expect((await t.api('/api/me/notifications')).status).toBe(401);
  });

  it('notifies an action’s owner once, by person or by name, and an overdue action once', async () => {
    const [ana, ben, cai] = [await person('Ana'), await person('Ben'), await person('Cai')];
    const editor = t.connect(mapId, undefined, {}, { personKey: ana.key });
    await waitForSync(editor);
    const stageId = addStage(editor.doc, { name: 'Contact' });
    const noteId = addNote(editor.doc, { kind: 'opportunity', stageId, text: 'IVR menu' });
    const byId = addAction(editor.doc, {
      noteId,
      title: 'Add outage option to IVR',
      ownerId: ben.id,
      due: '2999-12-02',
    });
    const byName = addAction(editor.doc, { noteId, title: 'Call back script', owner: '  cai ' });
    expect((await until(ben, 1)).notifications[0]).toMatchObject({
      kind: 'assigned',
      actor: 'Ana',
      anchor: { kind: 'note', id: noteId },
      text: 'Ana assigned you “Add outage option to IVR” (due 2 Dec 2999)',
    });
    expect((await until(cai, 1)).notifications[0]).toMatchObject({
      kind: 'assigned',
      text: 'Ana assigned you “Call back script”',
    });

    // More edits of the same assignments notify nobody again; a new owner does.
    updateAction(editor.doc, byId, { title: 'Add an outage option to the IVR' });
    updateAction(editor.doc, byName, { owner: 'Ben' });
    await until(ben, 2);
    expect(await kinds(ben)).toEqual(['assigned', 'assigned']);
    expect(await kinds(cai)).toEqual(['assigned']);
    expect(await kinds(ana)).toEqual([]);

    // Overdue: once, however often the inbox is opened or the map saved.
    updateAction(editor.doc, byId, { due: '2020-01-02' });
    await until(ben, 3);
    updateAction(editor.doc, byId, { title: 'Add the outage option' });
    await new Promise((r) => setTimeout(r, 400));
    const after = await inbox(ben);
    expect(after.notifications.map((n) => n.kind)).toEqual(['overdue', 'assigned', 'assigned']);
    expect(after.notifications[0]!.text).toBe(
      '“Add an outage option to the IVR” is overdue (due 2 Jan 2020)',
    );
    expect(await kinds(ben)).toHaveLength(3);
  });

  it('lets a person read and mark only their own notifications', async () => {
    const [ana, ben] = [await person('Ana'), await person('Ben')];
    startThread(ana.comments, {
      author: author(ana),
      text: 'Hi @Ben',
      mentions: [ben.id],
      anchor: { kind: 'map' },
    });
    const [mention] = (await until(ben, 1)).notifications;

    expect((await t.api('/api/inbox')).status).toBe(401);
    expect((await t.api('/api/inbox/read', { method: 'POST', body: { all: true } })).status).toBe(401);
    // Ana names Ben's notification: nothing changes for Ben.
    const forged = await t.api('/api/inbox/read', {
      method: 'POST',
      personKey: ana.key,
      body: { ids: [mention!.id] },
    });
    expect(forged.status).toBe(200);
    expect((await inbox(ben)).unread).toBe(1);
    expect(
      (await t.api('/api/inbox/read', { method: 'POST', personKey: ana.key, body: { all: true } })).status,
    ).toBe(200);
    expect((await inbox(ben)).unread).toBe(1);
    // Bad bodies change nothing.
    for (const body of [{}, { ids: [] }, { all: false }, { ids: ['x'], all: true }]) {
      expect((await t.api('/api/inbox/read', { method: 'POST', personKey: ben.key, body })).status).toBe(400);
    }
    expect((await inbox(ben)).unread).toBe(1);

    const mine = await t.api('/api/inbox/read', {
      method: 'POST',
      personKey: ben.key,
      body: { ids: [mention!.id] },
    });
    expect(mine.body).toMatchObject({ unread: 0 });
    expect((await inbox(ben)).notifications[0]!.readAt).not.toBeNull();
  });
});

describe('notification e-mail', () => {
  let t: TestServer;
  let smtp: SMTPServer;
  const received: Array<{ to: string[]; data: string }> = [];

  beforeEach(async () => {
    received.length = 0;
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await startTestServer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      publicUrl: 'https://journey.example.org',
    });
  });
  afterEach(async () => {
    await t.dispose();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  it('sends a new notification to the person’s e-mail with a link to the map, and says e-mail is configured', async () => {
    const mapId = await t.createMap({ title: 'IVR journey', template: 'blank' });
    const [anaKey, benKey, caiKey] = [newPersonKey(), newPersonKey(), newPersonKey()];
    const settings = await t.api('/api/me/notifications', { personKey: benKey });
    expect(settings.body).toMatchObject({ email: null, emailEnabled: false, configured: true });
    const put = await t.api('/api/me/notifications', {
      method: 'PUT',
      personKey: benKey,
      body: { email: 'ben@example.org', emailEnabled: true },
    });
    expect(put.body).toMatchObject({ email: 'ben@example.org', emailEnabled: true });
    // Cai has an address but e-mail off: nothing is sent to him.
    await t.api('/api/me/notifications', {
      method: 'PUT',
      personKey: caiKey,
      body: { email: 'cai@example.org', emailEnabled: false },
    });
    const bad = await t.api('/api/me/notifications', {
      method: 'PUT',
      personKey: anaKey,
      body: { email: 'nope', emailEnabled: true },
    });
    expect(bad.status).toBe(400);

    const ana = t.connect(commentsRoom(mapId), undefined, {}, { personKey: anaKey });
    await waitForSync(ana);
    const { threadId } = startThread(ana.doc, {
      author: { id: personIdFromKey(anaKey), name: 'Ana', color: '#336699' },
      text: 'Ben and Cai, please check the IVR menu',
      mentions: [personIdFromKey(benKey), personIdFromKey(caiKey)],
      anchor: { kind: 'map' },
    });
    await waitFor(() => received.length > 0, 5000, 'an e-mail');
    const [mail] = received;
    expect(mail!.to).toEqual(['ben@example.org']);
    const { subject, body } = readMail(mail!.data);
    expect(subject).toBe('You were mentioned on “IVR journey”');
    expect(body).toContain('Ana mentioned you: “Ben and Cai, please check the IVR menu”');
    expect(body).toContain(`https://journey.example.org/map/${mapId}?thread=${threadId}`);
    await waitFor(() => t.server.store.notifications.list(personIdFromKey(benKey), 10)[0]?.emailedAt != null);
    await new Promise((r) => setTimeout(r, 200));
    expect(received).toHaveLength(1);
  });
});

/** The subject and text of a raw message as nodemailer writes it (Q-encoded words, quoted-printable). */
function readMail(raw: string): { subject: string; body: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const encoded = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? '';
  const subject = encoded
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_m, q: string) => qp(q.replace(/_/g, ' ')));
  return { subject, body: qp(rest.join('\n\n').replace(/=\r?\n/g, '')) };
}

function qp(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!));
  }
  return Buffer.from(bytes).toString('utf8');
}
