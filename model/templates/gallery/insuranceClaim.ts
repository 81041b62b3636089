import { authorMap } from '../authorMap';
import { action, card, opportunity, pain, route, series, stage } from '../mapSpec';
import type { MapFile } from '../../export/mapExportFormat';

/**
 * A home-insurance claim after a storm, seen by a first-time claimant: the classic "where is my
 * claim?" journey, where silence between milestones drives most of the calls.
 */
export function buildInsuranceClaim(now?: Date): MapFile {
  return authorMap(
    {
      info: {
        title: 'Home insurance: storm-damage claim',
        persona: 'First-time claimant: homeowner whose roof was damaged in a storm',
        goal: 'Get the house repaired and paid for, knowing at each step what happens next',
        scenario:
          'A storm lifts roof tiles overnight and water comes through the bedroom ceiling. The customer ' +
          'reports the claim, waits for a loss adjuster, accepts an offer and has the roof repaired.',
      },
      settings: { costPerContact: 7.2, currency: 'GBP' },
      stages: [
        stage(
          'Incident',
          card('Water comes through the ceiling', 'inHome', '', 0, { lane: 'actions' }),
          card('Checks the policy online', 'web', 'Digital', -1, {
            series: [series('ces', [4.4, 4.1, 3.9], { sample: 380, source: 'Website survey' })],
          }),
        ),
        stage(
          'Report the claim',
          card('Claims hotline', 'phone', 'Claims contact centre', 0, {
            voc: {
              csat: 3.9,
              sampleSize: 860,
              verbatims: ['They told me exactly what to do about the leak tonight'],
            },
            series: [series('csat', [3.7, 3.8, 3.9], { sample: 860, source: 'Post-call survey' })],
          }),
          card('Online claim form', 'web', 'Digital', -1, {
            voc: { csat: 3.2, sampleSize: 410, verbatims: ['It timed out while I was uploading photos'] },
          }),
          card('Photo upload in the app', 'mobileApp', 'Digital', -2, {
            voc: { verbatims: ["The app won't accept my photo"] },
          }),
          card('Claim registered', 'web', 'Claims operations', 0, { lane: 'backstage' }),
          card('Fraud screening', 'web', 'Counter-fraud', 0, { lane: 'backstage' }),
        ),
        stage(
          'Assessment',
          card('Loss adjuster visit', 'partner', 'Supplier management', 0, {
            voc: { csat: 3.6, sampleSize: 240, verbatims: ['Polite, but could not tell me anything'] },
          }),
          card('Claim status email', 'email', 'Claims operations', -1),
          card('Chasing call: any news?', 'phone', 'Claims contact centre', -2, {
            voc: {
              csat: 2.3,
              sampleSize: 640,
              verbatims: ['I have called four times and every time I start again'],
            },
          }),
          card('Adjuster report filed', 'partner', 'Supplier management', 0, { lane: 'backstage' }),
        ),
        stage(
          'Decision',
          card('Settlement offer', 'email', 'Claims handling', -1, {
            voc: {
              nps: -35,
              sampleSize: 300,
              verbatims: ['The offer did not explain why the excess and wear were taken off'],
            },
          }),
          card('Callback from the claims handler', 'callback', 'Claims handling', 1, {
            voc: { csat: 4.1, sampleSize: 190, verbatims: ['Once someone explained it, it made sense'] },
          }),
        ),
        stage(
          'Repair and payment',
          card('Contractor booked', 'partner', 'Supplier management', 0),
          card('Roof repaired', 'inPerson', 'Supplier management', 1, {
            voc: { csat: 4.4, sampleSize: 210 },
          }),
          card('Payment confirmation', 'email', 'Finance', 2),
        ),
        stage(
          'After the claim',
          card('Satisfaction survey', 'email', 'CX team', 0, { voc: { nps: 18, sampleSize: 520 } }),
          card('Renewal quote', 'mail', '', -1),
          card('Complaint by email', 'supportEmail', 'Complaints team', -2, {
            voc: { csat: 1.9, sampleSize: 60, verbatims: ['My premium went up 40% and nobody told me why'] },
          }),
        ),
      ],
      routes: [
        route('Checks the policy online', 'Claims hotline', 900, 'value', { label: 'am I covered?' }),
        route('Online claim form', 'Claims hotline', 610, 'failure', { label: 'form timed out' }),
        route('Photo upload in the app', 'Claims hotline', 420, 'failure', { label: 'photo rejected' }),
        route('Claims hotline', 'Claim registered', 2100),
        route('Claim status email', 'Chasing call: any news?', 1350, 'failure', {
          label: 'no update in 10 days',
        }),
        route('Loss adjuster visit', 'Chasing call: any news?', 520, 'failure', {
          label: 'report not shared',
        }),
        route('Settlement offer', 'Callback from the claims handler', 380, 'failure', {
          label: 'offer not explained',
        }),
        route('Chasing call: any news?', 'Callback from the claims handler', 300, 'failure'),
        route('Renewal quote', 'Complaint by email', 140, 'failure', { costPerContact: 25 }),
      ],
      notes: [
        pain('Photo upload in the app', 'The app rejects photos over 10 MB', [
          'Phone cameras now take 12–20 MB photos',
          'The limit was set for the old document store',
          'Nobody compares app error logs with call reasons',
        ]),
        pain(
          'Chasing call: any news?',
          'No news for 10 days after the adjuster visit',
          [
            'The adjuster report goes to the handler, not the customer',
            'Handlers carry about 180 open claims each',
            'Status updates are manual, so they are the first thing dropped',
          ],
          { evidence: 'observed' },
        ),
        pain('Settlement offer', 'The offer letter does not explain the excess and wear deductions', [
          'The letter comes from a 2014 template',
          'Template changes need legal sign-off, so nobody starts one',
        ]),
        pain('Renewal quote', 'Premium rises after a claim without a word', [
          'Pricing loads claims automatically at renewal',
          'Renewal letters come from a separate team',
          'Nobody owns the renewal moment after a claim',
        ]),
        opportunity(
          'Claim status email',
          'Claim tracker with a text at each milestone',
          'advantage',
          'Claims operations',
          [
            action('Send a status text at each claim milestone', 'Claims operations', {
              status: 'doing',
              dueInDays: 21,
              value: 5,
              effort: 3,
              cxArea: 'advantage',
              touchpoints: ['Claim status email', 'Chasing call: any news?'],
            }),
            action('Share the adjuster report the day it is filed', 'Claims handling', {
              status: 'planned',
              dueInDays: 40,
              value: 4,
              effort: 2,
              touchpoints: ['Loss adjuster visit'],
            }),
          ],
        ),
        opportunity(
          'Photo upload in the app',
          'Accept full-size photos and shrink them on the phone',
          'design',
          'Digital',
          [
            action('Raise the upload limit and compress in the app', 'Digital', {
              status: 'planned',
              dueInDays: 20,
              value: 4,
              effort: 2,
              cxArea: 'design',
              touchpoints: ['Photo upload in the app'],
            }),
          ],
        ),
        opportunity(
          'Settlement offer',
          'Plain-language offer with a worked example',
          'emotion',
          'Claims handling',
          [
            action('Rewrite the offer letter with five recent claimants', 'Claims handling', {
              status: 'idea',
              dueInDays: 60,
              value: 3,
              effort: 2,
              cxArea: 'emotion',
            }),
          ],
        ),
        opportunity(
          'Renewal quote',
          'A check-in call before the first renewal after a claim',
          'culture',
          'Retention',
          [
            action('Pilot a post-claim check-in call', 'Retention', {
              status: 'idea',
              dueInDays: 75,
              value: 3,
              effort: 3,
              cxArea: 'culture',
              touchpoints: ['Renewal quote'],
            }),
          ],
        ),
      ],
    },
    now,
  );
}
