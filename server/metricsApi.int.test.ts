import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  newPersonKey,
  personIdFromKey,
  readMap,
  setEmotionSource,
  SERVER_ORIGIN,
  type JourneyMap,
} from '../model';
import { startTestServer, waitFor, waitForSync, type TestServer } from './testing/harness';

/** A token answer as the API sends it (`POST /api/maps/:id/tokens`). */
interface Created {
  token: { id: string; label: string; revokedAt: string | null; lastUsedAt: string | null; preview: string };
  secret: string;
}

describe('metrics API: tokens, push and CSV upload', () => {
  let t: TestServer;
  let owner: string;
  let mapId: string;

  beforeEach(async () => {
    t = await startTestServer();
    owner = newPersonKey();
    mapId = await createSample(t, owner);
  });
  afterEach(() => t.dispose());

  const mapOf = (id = mapId): JourneyMap => t.server.rooms.readDoc(id, (doc) => readMap(doc).map)!.result;
  const card = (title: string, id = mapId) => mapOf(id).touchpoints.find((c) => c.title === title)!;
  const createToken = async (label = 'Survey tool', id = mapId, personKey = owner) => {
    const res = await t.api(`/api/maps/${id}/tokens`, { method: 'POST', body: { label }, personKey });
    expect(res.status).toBe(201);
    return res.body as unknown as Created;
  };
  const push = (body: unknown, token?: string, id = mapId) =>
    t.api(`/api/maps/${id}/metrics`, { method: 'POST', body, token });

  it('lets the owner create a token once, list it and revoke it (kept as revoked)', async () => {
    const { token, secret } = await createToken('Medallia nightly');
    expect(secret).toMatch(/^jmt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.preview.replace('…', ''))).toBe(true);
    expect(token).toMatchObject({ label: 'Medallia nightly', revokedAt: null, lastUsedAt: null });

    const listed = await t.api(`/api/maps/${mapId}/tokens`, { personKey: owner });
    expect(listed.status).toBe(200);
    const tokens = (listed.body as unknown as { tokens: Created['token'][] }).tokens;
    expect(tokens).toEqual([token]);
    // The secret is never listed again, nor stored: only its hash is.
    expect(JSON.stringify(listed.body)).not.toContain(secret.slice(21));

    const revoked = await t.api(`/api/maps/${mapId}/tokens/${token.id}`, {
      method: 'DELETE',
      personKey: owner,
    });
    expect(revoked.status).toBe(204);
    const after = (await t.api(`/api/maps/${mapId}/tokens`, { personKey: owner })).body as unknown as {
      tokens: Created['token'][];
    };
    expect(after.tokens).toHaveLength(1);
    expect(after.tokens[0]!.revokedAt).not.toBeNull();
    expect(
      (await t.api(`/api/maps/${mapId}/tokens/0123456789abcdef`, { method: 'DELETE', personKey: owner }))
        .status,
    ).toBe(404);
    const bad = await t.api(`/api/maps/${mapId}/tokens`, {
      method: 'POST',
      body: { label: ' ' },
      personKey: owner,
    });
    expect(bad.status).toBe(400);
  });

  it('refuses token management to anyone but the map governor', async () => {
    const { token } = await createToken();
    const other = newPersonKey();
    const editorLink = await t.createLink(mapId, 'editor', { personKey: owner });
    for (const as of [{ personKey: other }, { personKey: other, token: editorLink.token }]) {
      const tries = await Promise.all([
        t.api(`/api/maps/${mapId}/tokens`, as),
        t.api(`/api/maps/${mapId}/tokens`, { ...as, method: 'POST', body: { label: 'mine' } }),
        t.api(`/api/maps/${mapId}/tokens/${token.id}`, { ...as, method: 'DELETE' }),
      ]);
      for (const res of tries) {
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('owner_only');
      }
    }
    const listed = (await t.api(`/api/maps/${mapId}/tokens`, { personKey: owner })).body as unknown as {
      tokens: Created['token'][];
    };
    expect(listed.tokens.map((x) => [x.label, x.revokedAt])).toEqual([['Survey tool', null]]);
  });

  it('writes a push live: points, a verbatim, emotion from CSAT, credited to the token creator', async () => {
    const { token, secret } = await createToken();
    const agent = card('Agent call');
    await t.server.rooms.withDoc(mapId, (doc) => setEmotionSource(doc, agent.id, 'csat', SERVER_ORIGIN));
    const watcher = t.connect(mapId);
    await waitForSync(watcher);

    const res = await push(
      {
        points: [
          {
            touchpointId: agent.id,
            kind: 'csat',
            value: 1.4,
            sample: 120,
            source: 'Medallia',
            date: '2026-11-30',
          },
          { touchpoint: 'status PAGE', kind: 'nps', value: 12, date: '2026-11-29' },
          { touchpoint: 'Status page', kind: 'custom', name: 'First contact resolution', value: 0.62 },
        ],
        verbatims: [{ touchpoint: 'Agent call', text: 'Waited forty minutes for nobody' }],
      },
      secret,
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ written: { points: 3, verbatims: 1 } });

    // The open editor sees it without reloading.
    await waitFor(() => readMap(watcher.doc).map.metrics.length === 3);
    const seen = readMap(watcher.doc).map;
    const seenAgent = seen.touchpoints.find((c) => c.id === agent.id)!;
    expect(seenAgent.emotion).toBe(-2);
    expect(seenAgent.emotionMeasured).toBe(true);
    expect(seenAgent.emotionDate).toBe('2026-11-30');
    expect(seenAgent.voc?.verbatims?.at(-1)).toBe('Waited forty minutes for nobody');
    expect(seen.metrics.find((m) => m.kind === 'csat')).toMatchObject({
      value: 1.4,
      sample: 120,
      source: 'Medallia',
    });

    // History credits the token's creator; the token records its use.
    const edits = t.server.store.listEdits(mapId, 0);
    expect(edits.at(-1)!.personId).toBe(personIdFromKey(owner));
    const listed = (await t.api(`/api/maps/${mapId}/tokens`, { personKey: owner })).body as unknown as {
      tokens: Created['token'][];
    };
    expect(listed.tokens.find((x) => x.id === token.id)!.lastUsedAt).not.toBeNull();

    // The same measurement pushed again replaces its point.
    const again = await push(
      {
        points: [
          {
            touchpointId: agent.id,
            kind: 'csat',
            value: 4.6,
            sample: 120,
            source: 'Medallia',
            date: '2026-11-30',
          },
        ],
      },
      secret,
    );
    expect(again.status).toBe(200);
    expect(mapOf().metrics).toHaveLength(3);
    expect(card('Agent call').emotion).toBe(2);
  });

  it('refuses missing, malformed, unknown, revoked and other-map tokens, and share links', async () => {
    const { token, secret } = await createToken();
    const body = { points: [{ touchpoint: 'Agent call', kind: 'csat', value: 3 }] };
    const before = mapOf().metrics.length;

    const missing = await push(body);
    expect([missing.status, missing.body.code]).toEqual([401, 'metrics_token_missing']);
    for (const bad of [
      'nonsense',
      'jmt_zz_short',
      // The last character changed (never to itself).
      `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`,
      secret.replace(/_[0-9a-f]{16}_/, '_0123456789abcdef_'),
    ]) {
      const res = await push(body, bad);
      expect([res.status, res.body.code], bad).toEqual([401, 'metrics_token_invalid']);
    }
    // An editor share link or a person key is no metrics token.
    const editorLink = await t.createLink(mapId, 'editor', { personKey: owner });
    expect((await push(body, editorLink.token)).status).toBe(401);
    expect(
      (await t.api(`/api/maps/${mapId}/metrics`, { method: 'POST', body, personKey: owner })).status,
    ).toBe(401);
    // The query string is not read either.
    const viaQuery = await t.api(`/api/maps/${mapId}/metrics?token=${encodeURIComponent(secret)}`, {
      method: 'POST',
      body,
    });
    expect(viaQuery.status).toBe(401);

    const otherMap = await createSample(t, owner);
    const elsewhere = await push(body, secret, otherMap);
    expect([elsewhere.status, elsewhere.body.code]).toEqual([403, 'metrics_token_other_map']);
    expect(mapOf(otherMap).metrics).toHaveLength(0);

    await t.api(`/api/maps/${mapId}/tokens/${token.id}`, { method: 'DELETE', personKey: owner });
    const revoked = await push(body, secret);
    expect([revoked.status, revoked.body.code]).toEqual([401, 'metrics_token_revoked']);
    expect(mapOf().metrics).toHaveLength(before);
  });

  it('answers 404 for a map in the trash', async () => {
    const { secret } = await createToken();
    expect((await t.api(`/api/maps/${mapId}`, { method: 'DELETE', personKey: owner })).status).toBe(204);
    const res = await push({ points: [{ touchpoint: 'Agent call', kind: 'csat', value: 3 }] }, secret);
    expect(res.status).toBe(404);
  });

  it('refuses malformed bodies with 400, 413 and 415 and writes nothing', async () => {
    const { secret } = await createToken();
    const cases: Array<[unknown, RegExp]> = [
      ['{"points": [', /not valid JSON/],
      [{}, /at least one point or verbatim/],
      [{ points: [] }, /at least one point or verbatim/],
      [{ points: [{ touchpoint: 'Agent call', kind: 'csat', value: '4' }] }, /points\[0\]\.value|value/],
      [{ points: [{ touchpoint: 'Agent call', kind: 'wow', value: 4 }] }, /kind/],
      [{ points: [{ touchpoint: 'Agent call', kind: 'csat', value: 4, date: '30/11/2026' }] }, /date/],
      [{ points: [{ touchpoint: 'Agent call', kind: 'csat', value: 4, colour: 'red' }] }, /colour/],
      [{ points: [], extra: true }, /extra/],
      [[], /object/i],
    ];
    for (const [body, message] of cases) {
      const res = await push(body, secret);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error, JSON.stringify(body)).toMatch(message);
    }
    const huge = {
      verbatims: Array.from({ length: 400 }, () => ({ touchpoint: 'Agent call', text: 'x'.repeat(499) })),
      pad: 'y'.repeat(1024 * 1024),
    };
    expect((await push(huge, secret)).status).toBe(413);
    const plain = await fetch(`${t.server.url}/api/maps/${mapId}/metrics`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ points: [{ touchpoint: 'Agent call', kind: 'csat', value: 4 }] }),
    });
    expect(plain.status).toBe(415);
    expect(mapOf().metrics).toEqual([]);
  });

  it('answers 422 with every problem for unknown cards or values off the scale, writing nothing', async () => {
    const { secret } = await createToken();
    const before = card('Agent call').voc;
    const res = await push(
      {
        points: [
          { touchpoint: 'Agent call', kind: 'csat', value: 4.1 },
          { touchpoint: 'Nowhere', kind: 'csat', value: 4 },
          { touchpoint: 'Status page', kind: 'csat', value: 9 },
          { touchpoint: 'Status page', kind: 'custom', value: 3 },
        ],
        verbatims: [{ touchpointId: 'tp_gone', text: 'hello' }],
      },
      secret,
    );
    expect(res.status).toBe(422);
    const errors = (res.body as unknown as { errors: Array<{ path: string; message: string }> }).errors;
    expect(errors.map((e) => e.path)).toEqual([
      'points[1].touchpoint',
      'points[2].value',
      'points[3].name',
      'verbatims[0].touchpoint',
    ]);
    expect(errors[0]!.message).toContain('Nowhere');
    expect(res.body.error).toMatch(/nothing was written/);
    expect(mapOf().metrics).toEqual([]);
    expect(card('Agent call').voc).toEqual(before);
  });

  it('rate-limits pushes per token (429 with Retry-After) and writes nothing past it', async () => {
    await t.dispose();
    t = await startTestServer({ metricsPerMinute: 1, metricsBurst: 2 });
    mapId = await createSample(t, owner);
    const first = await createToken('first');
    const second = await createToken('second');
    const point = (value: number) => ({
      points: [{ touchpoint: 'Agent call', kind: 'csat', value, date: '2026-11-01' }],
    });
    expect((await push(point(3), first.secret)).status).toBe(200);
    expect((await push(point(3.5), first.secret)).status).toBe(200);
    const limited = await fetch(`${t.server.url}/api/maps/${mapId}/metrics`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${first.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(point(1)),
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(mapOf().metrics.map((m) => m.value)).toEqual([3.5]);
    // Another token has its own bucket.
    expect((await push(point(2), second.secret)).status).toBe(200);
  });

  it('imports a good CSV for an editor, credited to them', async () => {
    const editor = newPersonKey();
    const csv = [
      'Touchpoint,Metric,Value,Sample,Date,Comment',
      'Agent call,CSAT,4.4,80,2026-11-02,',
      'Status page,NPS,-10,40,2026-11-02,Said all was fine while it was down',
      'Agent call,Repeat contacts,17,,2026-11-02,',
    ].join('\n');
    const res = await t.api(`/api/maps/${mapId}/metrics/csv`, {
      method: 'POST',
      personKey: editor,
      body: {
        csv,
        fileName: 'survey.csv',
        mapping: { columns: { touchpoint: 0, kind: 1, value: 2, sample: 3, date: 4, verbatim: 5 } },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ written: { points: 3, verbatims: 1 } });
    const map = mapOf();
    expect(map.metrics.map((m) => [m.kind, m.name ?? '', m.value]).sort()).toEqual([
      ['csat', '', 4.4],
      ['custom', 'Repeat contacts', 17],
      ['nps', '', -10],
    ]);
    expect(card('Status page').voc?.verbatims?.at(-1)).toBe('Said all was fine while it was down');
    expect(t.server.store.listEdits(mapId, 0).at(-1)!.personId).toBe(personIdFromKey(editor));
  });

  it('writes nothing from a CSV with any bad row, naming each by row', async () => {
    const csv = [
      'Touchpoint,CSAT,Date',
      'Agent call,4.5,2026-11-02',
      'Nowhere,4,2026-11-02',
      'Status page,7,2026-11-02',
      'IVR menu,2,yesterday',
    ].join('\n');
    const res = await t.api(`/api/maps/${mapId}/metrics/csv`, {
      method: 'POST',
      body: { csv, mapping: { columns: { touchpoint: 0, value: 1, date: 2 }, fixedKind: 'csat' } },
    });
    expect(res.status).toBe(422);
    const errors = (res.body as unknown as { errors: Array<{ path: string; message: string }> }).errors;
    expect(errors.map((e) => e.path)).toEqual(['row 3', 'row 4', 'row 5']);
    expect(mapOf().metrics).toEqual([]);
    const noColumns = await t.api(`/api/maps/${mapId}/metrics/csv`, {
      method: 'POST',
      body: { csv, mapping: { columns: { value: 1 } } },
    });
    expect(noColumns.status).toBe(422);
    const unparsable = await t.api(`/api/maps/${mapId}/metrics/csv`, {
      method: 'POST',
      body: { csv: 'a,"b\n1,2', mapping: { columns: { touchpoint: 0, value: 1 } } },
    });
    expect(unparsable.status).toBe(422);
    const bad = await t.api(`/api/maps/${mapId}/metrics/csv`, {
      method: 'POST',
      body: { csv, mapping: { columns: { touchpoint: -1 } } },
    });
    expect(bad.status).toBe(400);
    expect(mapOf().metrics).toEqual([]);
  });

  it('refuses the CSV upload to viewers and commenters (403)', async () => {
    const body = {
      csv: 'Touchpoint,CSAT\nAgent call,4',
      mapping: { columns: { touchpoint: 0, value: 1 }, fixedKind: 'csat' },
    };
    for (const role of ['viewer', 'commenter'] as const) {
      const { token } = await t.createLink(mapId, role, { personKey: owner });
      const res = await t.api(`/api/maps/${mapId}/metrics/csv`, { method: 'POST', body, token });
      expect([res.status, res.body.code], role).toEqual([403, 'role_forbidden']);
    }
    expect(mapOf().metrics).toEqual([]);
  });
});

async function createSample(t: TestServer, personKey: string): Promise<string> {
  const res = await t.api('/api/maps', { method: 'POST', body: { template: 'sample' }, personKey });
  if (res.status !== 201) throw new Error(`create failed: ${res.status}`);
  return res.body.map.id;
}
