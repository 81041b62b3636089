import { authorMap } from '../authorMap';
import type { MapFile } from '../../export/mapExportFormat';
import { action, card, opportunity, pain, route, series, stage, type LaneSpec } from '../mapSpec';

/**
 * The service blueprint's rows, top to bottom (Bitner, Ostrom and Morgan): the evidence the
 * customer sees, what they do, the front stage (the line of interaction), what staff do out of
 * sight (the line of visibility) and the support processes behind them. Each layer is a lane kind
 * of its own; all but the front stage are off the curve and need no owner. Thoughts is there hidden,
 * as on a new map, one switch away.
 */
const BLUEPRINT_LANES: readonly LaneSpec[] = [
  { kind: 'evidence' },
  { kind: 'actions' },
  { kind: 'touchpoints', label: 'Front stage' },
  { kind: 'thoughts', visible: false },
  { kind: 'emotions' },
  { kind: 'backstage' },
  { kind: 'support' },
  { kind: 'painPoints' },
  { kind: 'opportunities' },
];

const evidence = { lane: 'evidence' } as const;
const customer = { lane: 'actions' } as const;
const backstage = { lane: 'backstage' } as const;
const support = { lane: 'support' } as const;

/** A service blueprint of a car service at a dealership, one row per blueprint layer. */
export function buildServiceBlueprint(now?: Date): MapFile {
  return authorMap(
    {
      info: {
        title: 'Service blueprint: car service at a dealership',
        persona: 'Commuter who needs the car back the same day',
        goal: 'A fixed price, the car back by 5 pm, and no surprises on the invoice',
        scenario:
          'The customer books an annual service online, drops the car off at 8 am, approves extra work ' +
          'found at inspection and collects the car after work.',
      },
      settings: { costPerContact: 5.5, currency: 'EUR' },
      lanes: BLUEPRINT_LANES,
      stages: [
        stage(
          'Book',
          card('Booking confirmation email', 'email', 'Service reception', 0, evidence),
          card('Picks a slot online', 'web', '', 0, customer),
          card('Online booking', 'web', 'Digital', 0, {
            series: [series('ces', [5.1, 5.0, 4.7], { sample: 650, source: 'Booking survey' })],
          }),
          card('Service desk call', 'phone', 'Dealer contact centre', 0, {
            voc: { csat: 3.8, sampleSize: 290, verbatims: ['The site showed no slots for hybrids'] },
          }),
          card('Slot allocated in the workshop planner', 'web', 'Workshop control', 0, backstage),
          card('Dealer management system', 'web', 'Dealer IT', 0, support),
        ),
        stage(
          'Drop off',
          card('Clean reception, courtesy-car keys', 'inPerson', 'Service reception', 0, evidence),
          card('Hands over the keys and describes a noise', 'inPerson', '', 0, customer),
          card('Reception check-in', 'inPerson', 'Service reception', 1, {
            voc: { csat: 4.0, sampleSize: 520, verbatims: ['Quick, and they wrote down the noise'] },
          }),
          card('Job card created', 'web', 'Service reception', 0, backstage),
          card('Courtesy-car fleet', 'partner', 'Fleet partner', 0, support),
        ),
        stage(
          'Diagnose',
          card('Video health check link', 'messaging', 'Workshop', 0, { ...evidence, hub: 'notHub' }),
          card('Waits at work for news', 'inPerson', '', 0, customer),
          card('Advisor call with findings', 'phone', 'Service advisors', -1, {
            voc: { csat: 3.3, sampleSize: 410, verbatims: ['Lots of jargon, and a big number at the end'] },
          }),
          card('Where is my car? call', 'phone', 'Dealer contact centre', -2, {
            voc: { csat: 2.4, sampleSize: 410, verbatims: ['It was 2 pm and nobody had looked at it'] },
            series: [series('csat', [2.7, 2.5, 2.4], { sample: 410, source: 'Post-call survey' })],
          }),
          card('Technician inspection', 'inPerson', 'Workshop', 0, backstage),
          card('Parts availability lookup', 'web', 'Parts department', 0, support),
        ),
        stage(
          'Approve work',
          card('Itemised quote by text', 'messaging', 'Service advisors', 0, { ...evidence, hub: 'notHub' }),
          card('Approves the brake pads', 'mobileApp', '', 0, customer),
          card('Quote approval page', 'web', 'Digital', -1, {
            voc: { nps: -15, sampleSize: 330, verbatims: ['The link had expired by the time I opened it'] },
          }),
          card('Parts ordered', 'web', 'Parts department', 0, backstage),
          card('Manufacturer warranty check', 'partner', 'Warranty administration', 0, support),
        ),
        stage(
          'Repair',
          card('Progress text', 'messaging', 'Service advisors', 0, { ...evidence, hub: 'notHub' }),
          card('Arranges a lift home if it runs late', 'inPerson', '', 0, customer),
          // Sent by the workshop planner, not answered by the contact centre: unmarked.
          card('Progress update SMS', 'messaging', 'Service advisors', 0, { hub: 'notHub' }),
          card('Repair and road test', 'inPerson', 'Workshop', 0, backstage),
          card('Parts delivery from the regional hub', 'partner', 'Parts department', 0, support),
        ),
        stage(
          'Collect',
          card('Invoice and stamped service book', 'mail', 'Service reception', 0, evidence),
          card('Pays and drives away', 'inPerson', '', 0, customer),
          card('Collection and handover', 'inPerson', 'Service reception', 1, {
            voc: { csat: 4.3, sampleSize: 520, verbatims: ['They showed me the old pads: I trusted them'] },
          }),
          card('Invoice query call', 'phone', 'Dealer contact centre', -1, {
            voc: { csat: 3.0, sampleSize: 150, verbatims: ['The labour was not itemised'] },
          }),
          card('Follow-up survey', 'email', '', 0, { voc: { nps: 21, sampleSize: 300 } }),
          card('Invoice raised and paid', 'web', 'Accounts', 0, backstage),
          card('Payment terminal and accounts system', 'web', 'Dealer IT', 0, support),
        ),
      ],
      routes: [
        route('Online booking', 'Service desk call', 320, 'failure', { label: 'no hybrid slots shown' }),
        route('Online booking', 'Reception check-in', 2400),
        route('Reception check-in', 'Where is my car? call', 480, 'failure', { label: 'no news by noon' }),
        route('Reception check-in', 'Advisor call with findings', 900, 'value', {
          label: 'findings explained',
        }),
        route('Quote approval page', 'Advisor call with findings', 210, 'failure', {
          label: 'quote link expired',
        }),
        route('Progress update SMS', 'Where is my car? call', 260, 'failure', {
          label: 'delay not explained',
        }),
        route('Collection and handover', 'Invoice query call', 150, 'failure', {
          label: 'labour not itemised',
        }),
        route('Technician inspection', 'Parts availability lookup', 350, undefined, {
          label: 'part numbers',
        }),
      ],
      notes: [
        pain(
          'Where is my car? call',
          'Nobody calls by noon, so customers chase the car',
          [
            'Advisors call only when the inspection is finished',
            'Inspections queue behind yesterday’s overruns',
            'The workshop planner does not show the time promised to the customer',
          ],
          { evidence: 'observed' },
        ),
        pain('Quote approval page', 'The quote link expires after two hours', [
          'The timeout was copied from the payment page',
          'Nobody checked it against when customers actually reply',
        ]),
        pain('Parts ordered', 'Parts out of stock add a day', [
          'Stock levels are set by the manufacturer’s region',
          'The booking does not check parts for the fault the customer described',
        ]),
        pain('Invoice query call', 'The invoice does not match the approved quote', [
          'Labour is booked in hours, the quote is in fixed prices',
          'The invoice template cannot show both',
        ]),
        opportunity(
          'Where is my car? call',
          'Updates pushed from the workshop planner',
          'advantage',
          'Workshop control',
          [
            action('Send a text when the inspection starts and ends', 'Workshop control', {
              status: 'doing',
              dueInDays: 25,
              value: 5,
              effort: 3,
              cxArea: 'advantage',
              touchpoints: ['Where is my car? call', 'Progress update SMS'],
            }),
            action('Show the promised time on the job card', 'Service reception', {
              status: 'done',
              dueInDays: -7,
              value: 3,
              effort: 1,
            }),
          ],
        ),
        opportunity(
          'Online booking',
          'Check parts for the booked fault when the slot is booked',
          'design',
          'Parts department',
          [
            action('Link booking reasons to a parts check in the DMS', 'Dealer IT', {
              status: 'planned',
              dueInDays: 50,
              value: 4,
              effort: 4,
              cxArea: 'design',
              touchpoints: ['Online booking', 'Parts ordered'],
            }),
          ],
        ),
        opportunity(
          'Collection and handover',
          'Walk through the invoice at collection',
          'culture',
          'Service reception',
          [
            action('Add a three-minute invoice walk-through to the handover', 'Service reception', {
              status: 'planned',
              dueInDays: 14,
              value: 3,
              effort: 1,
              cxArea: 'culture',
              touchpoints: ['Collection and handover', 'Invoice query call'],
            }),
          ],
        ),
      ],
    },
    now,
  );
}
