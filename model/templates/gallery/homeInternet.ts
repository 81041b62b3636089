import { authorMap } from '../authorMap';
import { action, card, opportunity, pain, route, series, stage } from '../mapSpec';
import type { MapFile } from '../../export/mapExportFormat';

/**
 * The home-internet support journey: DOMAIN.md's sample map grown into a full workshop map, with
 * the network and field-service work behind it, measured VoC, call volumes and a costed
 * failure-demand picture (almost every contact here exists because something upstream failed).
 */
export function buildHomeInternet(now?: Date): MapFile {
  return authorMap(
    {
      info: {
        title: 'Home internet: connection drops',
        persona: 'Home-internet customer whose connection drops (works from home, two children streaming)',
        goal: 'Get back online fast, without repeating the story',
        scenario:
          'Streaming stops on a weekday evening; the customer tries to fix it, then contacts support, ' +
          'waits for a technician and checks that the promised credit arrives.',
      },
      settings: { costPerContact: 6.5, currency: 'EUR' },
      stages: [
        stage(
          'Notice problem',
          card('Streaming stops', 'inHome', 'Network ops', -1),
          card('Checks neighbours on social', 'social', 'Social care', -1),
          card('Fault alarm raised', 'web', 'Network ops', 0, {
            lane: 'backstage',
            description: 'The cabinet alarm reaches the network operations centre within 4 minutes.',
          }),
        ),
        stage(
          'Self-diagnose',
          card('Status page', 'web', 'Digital', -1, {
            voc: {
              nps: -20,
              sampleSize: 640,
              verbatims: ['It said "no known issues" while my whole street was down'],
            },
          }),
          card('Router app restart', 'mobileApp', 'Digital', -2, {
            voc: { verbatims: ['the app just spins'] },
            series: [series('ces', [3.4, 3.1, 2.6], { sample: 410, source: 'In-app survey' })],
          }),
          card('Help article: reset your router', 'selfService', 'Digital', -1),
        ),
        stage(
          'Contact support',
          card('IVR menu', 'ivr', 'Contact center', -2, {
            voc: {
              csat: 2.1,
              sampleSize: 1200,
              verbatims: ['None of the options said "my internet is down"'],
            },
          }),
          card('Chat with bot', 'chat', 'Contact center', -1, {
            voc: { csat: 2.8, sampleSize: 530, verbatims: ['It kept sending me the same reset article'] },
          }),
          card('Agent call', 'phone', 'Contact center', 1, {
            voc: {
              csat: 4.2,
              sampleSize: 312,
              verbatims: [
                'the agent was incredibly efficient and polite',
                'She ran a line test while we talked',
              ],
            },
            series: [series('csat', [3.9, 4.0, 4.2], { sample: 312, source: 'Post-call IVR survey' })],
            emotionSource: 'csat',
          }),
          card('Remote line test', 'web', 'Network ops', 0, { lane: 'backstage' }),
          card('Fault ticket in CRM', 'web', 'Contact center', 0, { lane: 'backstage' }),
        ),
        stage(
          'Technician visit',
          // A field-service reminder, not a contact-center conversation: unmarked despite its channel.
          card('Appointment SMS', 'messaging', 'Field service', 0, { hub: 'notHub' }),
          card('Reschedule call', 'phone', 'Contact center', -2, {
            voc: { csat: 2.4, sampleSize: 150, verbatims: ['I took a day off and nobody came'] },
          }),
          card('Technician at home', 'inPerson', 'Field service', 1, {
            voc: { csat: 4.6, sampleSize: 220, verbatims: ['He explained what had failed outside'] },
          }),
          card('Dispatch and parts', 'web', 'Field service', 0, { lane: 'backstage' }),
        ),
        stage(
          'Resolution',
          card('Service restored', 'inHome', 'Network ops', 2),
          card('Case closed email', 'email', 'Contact center', 1),
        ),
        stage(
          'Follow-up',
          card('Survey email', 'email', 'CX team', 0, { voc: { nps: 12, sampleSize: 480 } }),
          card('Bill credit', 'mail', '', 1),
          card('Billing query call', 'phone', 'Contact center', -1, {
            voc: {
              csat: 3.1,
              sampleSize: 95,
              verbatims: ['I was promised a credit and it is not on my bill'],
            },
          }),
        ),
      ],
      routes: [
        route('Streaming stops', 'IVR menu', 3100, 'failure', { label: 'calls straight away' }),
        route('Status page', 'Agent call', 1800, 'failure', { label: 'page says all is fine' }),
        route('Router app restart', 'Chat with bot', 950, 'failure'),
        route('Help article: reset your router', 'Chat with bot', 400, 'failure'),
        route('Checks neighbours on social', 'Chat with bot', 150, 'failure'),
        route('Chat with bot', 'Agent call', 700, 'failure', { label: 'bot hands over' }),
        route('IVR menu', 'Agent call', 2600, 'failure'),
        route('Agent call', 'Appointment SMS', 600),
        route('Appointment SMS', 'Reschedule call', 240, 'failure', { label: 'technician late' }),
        route('Technician at home', 'Service restored', 560),
        route('Bill credit', 'Billing query call', 380, 'failure', { costPerContact: 8 }),
      ],
      notes: [
        pain(
          'Status page',
          'Status page says "no known issues" during a local outage',
          [
            'It only shows incidents declared by the national operations centre',
            'Street-level faults live in the field-ops system, not in the status feed',
            'The two systems were never connected: the page predates the fibre roll-out',
          ],
          { evidence: 'observed' },
        ),
        pain('Router app restart', 'Router app hangs on "restarting…"', [
          'The app waits for the router to answer, which it cannot on a dead line',
          'There is no timeout or fallback message',
          'The app team has no test rig that simulates a line fault',
        ]),
        pain(
          'IVR menu',
          'IVR has no outage option',
          [
            'The menu was designed around billing and sales',
            'Outage handling was added to agent scripts, never to the IVR',
            'IVR changes need a vendor release, twice a year',
          ],
          { evidence: 'observed' },
        ),
        pain('Reschedule call', 'Technician window missed without warning', [
          'Jobs overrun and the rest of the day is not re-planned',
          'Dispatch does not push delays to the SMS platform',
        ]),
        pain('Billing query call', 'Customers chase a credit they were promised', [
          'Agents promise the credit on the call',
          'Finance raises credits by hand at month end',
          'Nobody owns the credit step, so nobody tells the customer',
        ]),
        opportunity('Streaming stops', 'Proactive outage SMS with an ETA', 'advantage', 'Network ops', [
          action('Feed street-level faults into the SMS platform', 'Network ops', {
            status: 'doing',
            dueInDays: 30,
            value: 5,
            effort: 3,
            cxArea: 'advantage',
            touchpoints: ['Streaming stops', 'Status page'],
          }),
          action('Write the outage SMS with legal', 'CX team', {
            status: 'planned',
            dueInDays: 14,
            value: 3,
            effort: 1,
          }),
        ]),
        opportunity(
          'IVR menu',
          'Outage check by postcode at the top of the IVR',
          'design',
          'Contact center',
          [
            action('Add a postcode outage lookup to the IVR', 'Contact center', {
              status: 'planned',
              dueInDays: 45,
              value: 4,
              effort: 3,
              cxArea: 'design',
              touchpoints: ['IVR menu'],
            }),
          ],
        ),
        opportunity('Bill credit', 'Automatic credit for outages over 24 hours', 'emotion', 'Billing', [
          action('Agree an automatic credit rule with finance', 'Billing', {
            status: 'idea',
            dueInDays: 60,
            value: 4,
            effort: 2,
            cxArea: 'emotion',
            touchpoints: ['Bill credit', 'Billing query call'],
          }),
        ]),
        opportunity(
          'Agent call',
          'Share what makes agent calls work with the digital team',
          'culture',
          'CX team',
          [
            action('Run call-listening sessions for the app and web teams', 'CX team', {
              status: 'done',
              dueInDays: -10,
              value: 3,
              effort: 1,
              cxArea: 'culture',
            }),
          ],
        ),
      ],
    },
    now,
  );
}
