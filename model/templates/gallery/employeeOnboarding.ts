import { authorMap } from '../authorMap';
import { action, card, opportunity, pain, route, series, stage } from '../mapSpec';
import type { MapFile } from '../../export/mapExportFormat';

/**
 * An employee journey: a new hire's first three months. The HR and IT service desks are this
 * journey's contact centre, and most of what reaches them is failure demand from late accounts,
 * late equipment and payroll cut-offs.
 */
export function buildEmployeeOnboarding(now?: Date): MapFile {
  return authorMap(
    {
      info: {
        title: 'Employee onboarding: offer to probation',
        persona: 'New hire joining a 3,000-person company as a customer-service team lead',
        goal: 'Be productive and feel part of the team within 90 days',
        scenario:
          'The new hire accepts an offer, waits four weeks to start, spends the first day getting set up ' +
          'and works through induction, the first payslip and the probation review.',
      },
      settings: { costPerContact: 9, currency: 'GBP' },
      stages: [
        stage(
          'Offer and contract',
          // The recruiter's personal call, not a service-desk contact: unmarked despite its channel.
          card('Offer call from the recruiter', 'phone', 'Talent acquisition', 2, { hub: 'notHub' }),
          card('E-signing the contract', 'web', 'HR operations', 0, {
            series: [series('ces', [5.2, 5.4, 5.5], { sample: 310, source: 'Candidate survey' })],
          }),
          card('Right-to-work check', 'partner', 'HR operations', -1),
        ),
        stage(
          'Before day one',
          card('Welcome pack email', 'email', 'HR operations', 1),
          card('Laptop delivery', 'inHome', 'IT', -1, {
            voc: { verbatims: ['It came two days after I started'] },
          }),
          card('HR service desk chat', 'chat', 'HR service desk', -1, {
            voc: {
              csat: 3.3,
              sampleSize: 210,
              verbatims: ['Nobody could tell me when my laptop would come'],
            },
          }),
          card('Background check', 'partner', 'HR operations', 0, { lane: 'backstage' }),
          card('Starter list sent to IT', 'email', 'HR operations', 0, { lane: 'backstage' }),
        ),
        stage(
          'Day one',
          card('Welcome from the team', 'inPerson', 'Team managers', 2, {
            voc: { verbatims: ['My manager had planned the whole week: I felt expected'] },
          }),
          card('First login', 'web', 'IT', -2, {
            voc: { verbatims: ['I spent my first morning waiting for a password'] },
          }),
          card('IT service desk call', 'phone', 'IT service desk', -1, {
            voc: { csat: 3.0, sampleSize: 340, verbatims: ['They fixed it, after an hour on hold'] },
            series: [series('csat', [2.8, 2.9, 3.0], { sample: 340, source: 'Ticket survey' })],
          }),
          card('Accounts created', 'web', 'IT', 0, { lane: 'backstage' }),
        ),
        stage(
          'First week',
          card('Induction sessions', 'inPerson', 'Learning and development', 1, {
            voc: { csat: 4.1, sampleSize: 260, verbatims: ['Meeting the other starters was the best part'] },
          }),
          card('Payroll and benefits portal', 'selfService', 'HR operations', -1),
          card('Buddy coffee', 'inPerson', '', 1),
        ),
        stage(
          'First 90 days',
          card('Goals set with the manager', 'inPerson', 'Team managers', 0),
          card('First payslip', 'email', 'Payroll', -2, { voc: { verbatims: ['My overtime was missing'] } }),
          card('Payroll query', 'supportEmail', 'HR service desk', -1, {
            voc: { csat: 2.5, sampleSize: 180, verbatims: ['Three emails to get one answer'] },
          }),
        ),
        stage(
          'Probation review',
          card('Probation review meeting', 'inPerson', 'Team managers', 1),
          card('New-starter pulse survey', 'email', 'People analytics', 0, {
            voc: { nps: 15, sampleSize: 420, verbatims: ['Great people, clumsy first week'] },
          }),
        ),
      ],
      routes: [
        route('Laptop delivery', 'HR service desk chat', 160, 'failure', { label: 'where is my laptop?' }),
        route('Welcome pack email', 'HR service desk chat', 90, 'value', { label: 'benefits questions' }),
        route('First login', 'IT service desk call', 240, 'failure', { label: 'no password on day one' }),
        route('HR service desk chat', 'IT service desk call', 40, 'failure', { label: 'passed to IT' }),
        route('Payroll and benefits portal', 'HR service desk chat', 120, 'failure', {
          label: 'portal locked',
        }),
        route('First payslip', 'Payroll query', 150, 'failure', { label: 'missing overtime' }),
        route('Starter list sent to IT', 'Accounts created', 300),
      ],
      notes: [
        pain(
          'First login',
          'No working accounts on day one',
          [
            'IT hears about starters from a weekly spreadsheet',
            'Contracts signed late miss the cut-off',
            'The HR and IT systems are not connected',
          ],
          { evidence: 'observed' },
        ),
        pain('Laptop delivery', 'The laptop arrives after the start date', [
          'Orders start only once the right-to-work check clears',
          'Laptops are ordered per hire, not held in stock',
        ]),
        pain('First payslip', 'Overtime missing from the first payslip', [
          'Timesheets close before new starters are on payroll',
          'The payroll cut-off is not on the manager’s checklist',
        ]),
        opportunity('First login', 'Accounts ready the day before the start', 'advantage', 'IT', [
          action('Create accounts from the signed contract', 'IT', {
            status: 'doing',
            dueInDays: 30,
            value: 5,
            effort: 3,
            cxArea: 'advantage',
            touchpoints: ['First login', 'IT service desk call'],
          }),
          action('Add a day-before readiness check for managers', 'Team managers', {
            status: 'planned',
            dueInDays: 10,
            value: 3,
            effort: 1,
          }),
        ]),
        opportunity(
          'Buddy coffee',
          'Give the buddy programme an owner and a guide',
          'culture',
          'Learning and development',
          [
            action('Name an owner for buddies and write the first-week guide', 'Learning and development', {
              status: 'idea',
              dueInDays: 45,
              value: 3,
              effort: 1,
              cxArea: 'culture',
              touchpoints: ['Buddy coffee'],
            }),
          ],
        ),
        opportunity('First payslip', 'Check new starters before the payroll run', 'design', 'Payroll', [
          action('Add new starters to the payroll pre-run check', 'Payroll', {
            status: 'planned',
            dueInDays: 20,
            value: 4,
            effort: 2,
            cxArea: 'design',
            touchpoints: ['First payslip', 'Payroll query'],
          }),
        ]),
      ],
    },
    now,
  );
}
