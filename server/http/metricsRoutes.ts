import type { ServerResponse } from 'node:http';
import { createTokenBody, metricsCsvBody, metricsPushSchema } from '../../model';
import type { Route } from './apiRoutes';
import { readJsonBody, sendJson } from './json';
import type { MetricsApi, MetricsOutcome } from './metricsApi';
import { requireGovernor, requireRequester, type GovernanceDeps } from './requester';

/** A CSV upload may carry up to 5 MB of text (`metricsCsvBody`), JSON-escaped: more than a plain body. */
export const METRICS_CSV_MAX_BODY_BYTES = 12 * 1024 * 1024;

export interface MetricsRouteDeps {
  metrics: MetricsApi;
}

/**
 * The live VoC data routes (issue 19): a map's API tokens (its governor only), the push
 * authenticated by one of them (README "Metrics API") and the editors' CSV upload.
 */
export function metricsRoutes(deps: GovernanceDeps & MetricsRouteDeps & { maxBodyBytes: number }): Route[] {
  const { metrics } = deps;
  return [
    {
      pattern: /^\/api\/maps\/([^/]+)\/tokens$/,
      methods: {
        GET: ({ req, res, id }) => {
          requireGovernor(deps, req, id);
          sendJson(res, 200, { tokens: metrics.list(id) });
        },
        POST: async ({ req, res, id }) => {
          const { person } = requireGovernor(deps, req, id);
          const { label } = await readJsonBody(req, createTokenBody, deps.maxBodyBytes);
          sendJson(res, 201, metrics.create(id, label, person));
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/tokens\/([^/]+)$/,
      sub: 'token',
      methods: {
        DELETE: ({ req, res, id, subId }) => {
          requireGovernor(deps, req, id);
          metrics.revoke(id, subId);
          res.writeHead(204).end();
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/metrics$/,
      methods: {
        POST: async ({ req, res, id }) => {
          const token = metrics.authenticate(req, id);
          const body = await readJsonBody(req, metricsPushSchema, deps.maxBodyBytes);
          answer(res, await metrics.push(token, body));
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/metrics\/csv$/,
      methods: {
        POST: async ({ req, res, id }) => {
          const { person } = requireRequester(deps, req, id, 'edit');
          const body = await readJsonBody(req, metricsCsvBody, METRICS_CSV_MAX_BODY_BYTES);
          answer(res, await metrics.importCsv(id, body, person.id));
        },
      },
    },
  ];
}

function answer(res: ServerResponse, outcome: MetricsOutcome): void {
  if (outcome.ok) sendJson(res, 200, outcome.body);
  else sendJson(res, 422, { error: outcome.error, errors: outcome.errors });
}
