import { z } from 'zod';
import { ACCESS_MODES } from '../../model';
import { requestJson } from './apiRequest';

/** GET /api/server: how this server lets people in (open: anyone who reaches it edits every map). */
export const serverInfoSchema = z.object({ access: z.enum(ACCESS_MODES) });
export type ServerInfo = z.output<typeof serverInfoSchema>;

export function getServerInfo(signal?: AbortSignal): Promise<ServerInfo> {
  return requestJson('/api/server', serverInfoSchema, { signal });
}
