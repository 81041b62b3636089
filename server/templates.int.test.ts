import { afterEach, describe, expect, it } from 'vitest';
import { newPersonKey, readMap } from '../model';
import { GALLERY_TEMPLATES } from '../model/templates/gallery';
import { mapFileSchema } from '../model/export';
import {
  MAX_SAVED_TEMPLATES,
  templateSummarySchema,
  templatesResponseSchema,
} from '../model/templates/templatesApi';
import { startTestServer, storedDoc, type TestServer } from './testing/harness';

const byOrder = (a: { order: string }, b: { order: string }) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : 0;

/** What a map holds, as readMap reads the server's stored doc: its stage and touchpoint names. */
function contentOf(t: TestServer, mapId: string) {
  const doc = storedDoc(t.server.store, mapId);
  if (!doc) throw new Error(`map ${mapId} not stored`);
  const { map } = readMap(doc);
  doc.destroy();
  return {
    title: map.info.title,
    stages: [...map.stages].sort(byOrder).map((s) => s.name),
    touchpoints: map.touchpoints.map((tp) => tp.title).sort(),
  };
}

/** The gallery as the response schema reads it (the test fails on any other shape). */
const listed = (res: { body: unknown }) => templatesResponseSchema.parse(res.body).templates;
const summary = (res: { body: unknown }) => templateSummarySchema.parse(res.body);

async function create(t: TestServer, body: unknown, token?: string) {
  return t.api('/api/maps', { method: 'POST', body, token });
}

describe('templates API', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  it('creates a map from every gallery template, with its stages and touchpoints', async () => {
    t = await startTestServer();
    for (const template of GALLERY_TEMPLATES) {
      const res = await create(t, { template: template.id });
      expect(res.status, template.id).toBe(201);
      const file = template.build();
      const content = contentOf(t, res.body.map.id);
      expect(content.title).toBe(file.map.info.title);
      expect(content.stages).toEqual([...file.map.stages].sort(byOrder).map((s) => s.name));
      expect(content.touchpoints).toEqual(file.map.touchpoints.map((tp) => tp.title).sort());
      expect(content.touchpoints.length).toBeGreaterThan(0);
    }
    // A title the creator typed wins over the template's; the sample stays the default.
    const titled = await create(t, { template: GALLERY_TEMPLATES[1]!.id, title: 'Our claims map' });
    expect(contentOf(t, titled.body.map.id).title).toBe('Our claims map');
    const byDefault = await create(t, {});
    expect(contentOf(t, byDefault.body.map.id).touchpoints.length).toBeGreaterThan(0);
  });

  it('refuses an unknown template with unknown_template and creates nothing', async () => {
    t = await startTestServer();
    for (const template of ['no-such-template', 'saved:tpl_missing']) {
      const res = await create(t, { template });
      expect(res.status, template).toBe(404);
      expect(res.body).toMatchObject({ code: 'unknown_template' });
      expect(res.body.error).toContain(template);
    }
    expect((await create(t, { template: 'Not A Ref!' })).status).toBe(400);
    expect(t.server.store.listMaps()).toEqual([]);
  });

  it('saves a map, lists it, serves its file, creates from it and deletes it', async () => {
    t = await startTestServer();
    const ann = newPersonKey();
    const mapId = (await create(t, { template: 'insurance-claim', title: 'Claims, our way' })).body.map.id;
    const saved = await t.api('/api/templates', {
      method: 'POST',
      body: { mapId, name: 'Claims starter', summary: 'Our claims journey' },
      personKey: ann,
    });
    expect(saved.status).toBe(201);
    expect(summary(saved)).toMatchObject({
      source: 'saved',
      name: 'Claims starter',
      summary: 'Our claims journey',
      canDelete: true,
    });
    const ref = summary(saved).ref;
    expect(ref).toMatch(/^saved:tpl_/);

    const list = await t.api('/api/templates', { personKey: ann });
    expect(list.status).toBe(200);
    const refs = listed(list).map((x) => x.ref);
    expect(refs.slice(0, 2)).toEqual(['blank', 'sample']);
    expect(refs).toEqual(expect.arrayContaining(GALLERY_TEMPLATES.map((g) => g.id)));
    expect(refs.at(-1)).toBe(ref);
    // Someone else sees it but may not delete it.
    const other = await t.api('/api/templates', { personKey: newPersonKey() });
    expect(listed(other).at(-1)).toMatchObject({ ref, canDelete: false });

    const file = await t.api(`/api/templates/${encodeURIComponent(ref)}/file`);
    expect(file.status).toBe(200);
    expect(mapFileSchema.parse(file.body).map.info.title).toBe('Claims, our way');
    const gallery = await t.api(`/api/templates/${GALLERY_TEMPLATES[0]!.id}/file`);
    expect(mapFileSchema.parse(gallery.body).map.stages.length).toBeGreaterThan(0);
    expect((await t.api('/api/templates/sample/file')).status).toBe(200);
    expect((await t.api('/api/templates/saved%3Atpl_missing/file')).body.code).toBe('unknown_template');

    const copy = await create(t, { template: ref });
    expect(copy.status).toBe(201);
    expect(contentOf(t, copy.body.map.id)).toEqual(contentOf(t, mapId));

    const path = `/api/templates/${encodeURIComponent(ref)}`;
    expect((await t.api(path, { method: 'DELETE', personKey: ann })).status).toBe(204);
    expect((await t.api(path, { method: 'DELETE', personKey: ann })).status).toBe(404);
    expect((await create(t, { template: ref })).status).toBe(404);
    expect(t.server.store.templates.listTemplates()).toEqual([]);
  });

  it('keeps saving to editors: a viewer or commenter link is refused and nothing is stored', async () => {
    const admin = 'admin-token-for-template-tests';
    t = await startTestServer({ access: 'locked', adminToken: admin });
    const mapId = (await create(t, { template: 'blank' }, admin)).body.map.id;
    for (const role of ['viewer', 'commenter'] as const) {
      const link = await t.createLink(mapId, role, { token: admin });
      const res = await t.api('/api/templates', {
        method: 'POST',
        body: { mapId, name: 'Mine now' },
        token: link.token,
      });
      expect(res.status, role).toBe(403);
      expect(res.body.code).toBe('role_forbidden');
    }
    // No token on a locked server; an unknown map.
    expect((await t.api('/api/templates', { method: 'POST', body: { mapId, name: 'x' } })).status).toBe(401);
    expect(
      (
        await t.api('/api/templates', {
          method: 'POST',
          body: { mapId: 'map_nope', name: 'x' },
          token: admin,
        })
      ).status,
    ).toBe(404);
    expect(t.server.store.templates.listTemplates()).toEqual([]);
    // Listing is the admin's on a locked server, like the maps list.
    expect((await t.api('/api/templates')).status).toBe(403);
    // An editor link may save.
    const editor = await t.createLink(mapId, 'editor', { token: admin });
    const ok = await t.api('/api/templates', {
      method: 'POST',
      body: { mapId, name: 'Ok' },
      token: editor.token,
    });
    expect(ok.status).toBe(201);
    expect(listed(await t.api('/api/templates', { token: admin })).at(-1)).toMatchObject({
      ref: summary(ok).ref,
      canDelete: true,
    });
  });

  it('lets only the saver or the admin delete a saved template', async () => {
    const admin = 'admin-token-for-template-tests';
    t = await startTestServer({ access: 'locked', adminToken: admin });
    const mapId = (await create(t, { template: 'blank' }, admin)).body.map.id;
    const editor = await t.createLink(mapId, 'editor', { token: admin });
    const ann = newPersonKey();
    const saved = await t.api('/api/templates', {
      method: 'POST',
      body: { mapId, name: 'Ann’s' },
      token: editor.token,
      personKey: ann,
    });
    const savedRef = summary(saved).ref;
    const path = `/api/templates/${encodeURIComponent(savedRef)}`;
    const bea = await t.api(path, { method: 'DELETE', token: editor.token, personKey: newPersonKey() });
    expect(bea.status).toBe(403);
    expect(bea.body.code).toBe('template_forbidden');
    expect((await t.api(path, { method: 'DELETE' })).status).toBe(403);
    expect(listed(await t.api('/api/templates', { token: admin })).at(-1)?.ref).toBe(savedRef);
    expect((await t.api('/api/templates/sample', { method: 'DELETE', token: admin })).status).toBe(403);
    expect((await t.api(path, { method: 'DELETE', token: admin })).status).toBe(204);
    expect(t.server.store.templates.listTemplates()).toEqual([]);
  });

  it('validates the save body', async () => {
    t = await startTestServer();
    const mapId = (await create(t, { template: 'blank' })).body.map.id;
    for (const body of [
      {},
      { mapId },
      { mapId, name: '   ' },
      { mapId, name: 'x'.repeat(201) },
      { mapId, name: 'ok', extra: 1 },
      { mapId: 'bad id!', name: 'ok' },
      'not json',
    ]) {
      const res = await t.api('/api/templates', { method: 'POST', body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(t.server.store.templates.listTemplates()).toEqual([]);
  });

  it('refuses a template past the server’s cap with templates_full', async () => {
    t = await startTestServer();
    const mapId = (await create(t, { template: 'blank' })).body.map.id;
    const file = JSON.stringify({ format: 'journey-map' });
    for (let i = 0; i < MAX_SAVED_TEMPLATES; i++) {
      t.server.store.templates.addTemplate(
        { id: `tpl_${i}`, name: `T${i}`, summary: '', file, savedBy: null, savedByName: null, createdAt: i },
        MAX_SAVED_TEMPLATES,
      );
    }
    const res = await t.api('/api/templates', { method: 'POST', body: { mapId, name: 'One more' } });
    expect(res.status).toBe(507);
    expect(res.body.code).toBe('templates_full');
    expect(t.server.store.templates.listTemplates()).toHaveLength(MAX_SAVED_TEMPLATES);
  });
});
