import { authorMap } from '../authorMap';
import { action, card, opportunity, pain, route, series, stage } from '../mapSpec';
import type { MapFile } from '../../export/mapExportFormat';

/**
 * B2B SaaS onboarding, from signature to the first business review, seen by the customer's admin
 * who champions the roll-out: integration and end-user activation are where value stalls.
 */
export function buildSaasOnboarding(now?: Date): MapFile {
  return authorMap(
    {
      info: {
        title: 'B2B SaaS: onboarding to first value',
        persona: 'Operations manager at a 200-person logistics firm, admin and champion of the roll-out',
        goal: 'Have every shift scheduled in the new platform within 60 days, without disrupting operations',
        scenario:
          'The firm signs a yearly contract for a workforce-scheduling platform. The admin sets it up, ' +
          'connects single sign-on and the HR system, trains supervisors and takes 180 drivers live.',
      },
      settings: { costPerContact: 22, currency: 'USD' },
      stages: [
        stage(
          'Contract signed',
          card('Welcome email with admin login', 'email', 'Customer success', 1),
          card('Sales-to-success handover', 'web', 'Sales ops', 0, { lane: 'backstage' }),
        ),
        stage(
          'Kick-off',
          card('Kick-off video call', 'inPerson', 'Customer success', 1, {
            description: 'One hour with the customer success manager: goals, plan, owners.',
            voc: { verbatims: ['I had to explain our goals again: sales knew them already'] },
          }),
          card('Onboarding plan in the portal', 'web', 'Customer success', 0),
        ),
        stage(
          'Set up and integrate',
          card('Admin console setup', 'web', 'Product', -1, {
            series: [series('ces', [3.8, 3.5, 3.2], { sample: 140, source: 'In-app survey' })],
          }),
          card('SSO and HR-system integration', 'web', 'Solutions engineering', -2, {
            voc: { verbatims: ['The SCIM docs describe a version you no longer ship'] },
          }),
          card('CSV import wizard', 'web', 'Product', -1),
          card('Support chat', 'chat', 'Support', 0, {
            voc: { csat: 4.0, sampleSize: 310, verbatims: ['Quick answers, but they could not fix SCIM'] },
          }),
          card('Support ticket', 'supportEmail', 'Support', -2, {
            voc: {
              csat: 2.9,
              sampleSize: 240,
              verbatims: ['Bounced between support and engineering for 9 days'],
            },
            series: [series('csat', [3.3, 3.1, 2.9], { sample: 240, source: 'Ticket survey' })],
          }),
          card('Environment provisioned', 'web', 'Platform ops', 0, { lane: 'backstage' }),
        ),
        stage(
          'Train the team',
          card('Academy courses', 'selfService', 'Customer education', 1, {
            voc: { csat: 4.3, sampleSize: 1800, verbatims: ['Short videos my supervisors actually watched'] },
          }),
          card('Live admin training', 'inPerson', 'Customer education', 1),
          card('Help center', 'selfService', 'Support', 0),
        ),
        stage(
          'Go live',
          card('First schedule published', 'web', 'Product', 1),
          card('Drivers log in on mobile', 'mobileApp', 'Product', -2, {
            voc: { nps: -10, sampleSize: 2300, verbatims: ['Half my drivers could not log in on day one'] },
          }),
          card('Priority support line', 'phone', 'Support', 1, {
            voc: { csat: 4.4, sampleSize: 130, verbatims: ['They stayed on until every depot was in'] },
          }),
        ),
        stage(
          'First value review',
          card('Quarterly business review', 'inPerson', 'Customer success', 1, {
            voc: {
              nps: 32,
              sampleSize: 85,
              verbatims: ['Overtime is down 11%: that is the slide my CEO saw'],
            },
          }),
          card('Usage report email', 'email', '', 0),
          card('Renewal quote', 'email', 'Sales', 0),
        ),
      ],
      routes: [
        route('Admin console setup', 'Support chat', 260, 'failure', { label: 'settings unclear' }),
        route('SSO and HR-system integration', 'Support ticket', 180, 'failure', {
          label: 'docs out of date',
        }),
        route('CSV import wizard', 'Support ticket', 140, 'failure', { label: 'import errors' }),
        route('Support chat', 'Support ticket', 75, 'failure', { label: 'escalated' }),
        route('Academy courses', 'Support chat', 60, 'value', { label: 'how-to questions' }),
        route('Help center', 'Support chat', 110, 'value'),
        route('Drivers log in on mobile', 'Priority support line', 95, 'failure', {
          label: 'never activated',
          costPerContact: 35,
        }),
        route('First schedule published', 'Drivers log in on mobile', 2300),
      ],
      notes: [
        pain(
          'SSO and HR-system integration',
          'Integration takes six weeks instead of two',
          [
            'The SCIM docs describe an older API version',
            'Nobody has owned the docs since the platform team split',
            'Solutions engineers fix each customer by hand',
          ],
          { evidence: 'observed' },
        ),
        pain('Drivers log in on mobile', 'Frontline staff locked out on go-live day', [
          'Invites go to work emails that drivers never check',
          'The admin console does not show who has not activated',
          'The go-live checklist skips end-user activation',
        ]),
        pain('Support ticket', 'Tickets bounce between support and engineering', [
          'Support cannot see integration logs',
          'Escalation rules were written before integrations existed',
        ]),
        pain('Kick-off video call', 'The customer repeats their goals after telling sales', [
          'The handover form is free text and often empty',
          'Sales is paid on signature, not on handover quality',
        ]),
        opportunity(
          'SSO and HR-system integration',
          'Guided integration with live checks',
          'design',
          'Product',
          [
            action('Ship a SCIM connection test in the admin console', 'Product', {
              status: 'doing',
              dueInDays: 35,
              value: 5,
              effort: 4,
              cxArea: 'design',
              touchpoints: ['SSO and HR-system integration', 'Support ticket'],
            }),
            action('Give the integration docs an owner and a release check', 'Solutions engineering', {
              status: 'planned',
              dueInDays: 14,
              value: 4,
              effort: 1,
            }),
          ],
        ),
        opportunity(
          'Drivers log in on mobile',
          'Activation tracker before go-live',
          'advantage',
          'Customer success',
          [
            action('Add an activation report to the go-live checklist', 'Customer success', {
              status: 'planned',
              dueInDays: 21,
              value: 4,
              effort: 2,
              cxArea: 'advantage',
              touchpoints: ['Drivers log in on mobile'],
            }),
            action('Let drivers activate by SMS code', 'Product', {
              status: 'idea',
              dueInDays: 90,
              value: 4,
              effort: 3,
            }),
          ],
        ),
        opportunity('Kick-off video call', 'Structured sales-to-success handover', 'culture', 'Sales ops', [
          action('Make success criteria a required field at close', 'Sales ops', {
            status: 'done',
            dueInDays: -5,
            value: 3,
            effort: 1,
            cxArea: 'culture',
          }),
        ]),
      ],
    },
    now,
  );
}
