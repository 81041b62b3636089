import { z } from 'zod';
import type { SaveTemplateBody } from '../../../model/templates/templatesApi';
import { requestJson } from '../../api/apiRequest';

/**
 * POST /api/templates with the map page's share-link token, so an editor who opened the map from a
 * link is recognised as one (client/api/templatesApi's `saveTemplate` sends no token).
 */
export function saveTemplateWithToken(body: SaveTemplateBody, token: string | null): Promise<unknown> {
  const summary = body.summary?.trim();
  return requestJson('/api/templates', z.unknown(), {
    method: 'POST',
    body: { mapId: body.mapId, name: body.name.trim(), ...(summary ? { summary } : {}) },
    token,
  });
}
