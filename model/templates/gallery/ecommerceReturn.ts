import { authorMap } from '../authorMap';
import { action, card, opportunity, pain, route, series, stage } from '../mapSpec';
import type { MapFile } from '../../export/mapExportFormat';

/**
 * Online fashion, from order to refund: a pleasant purchase that turns sour in delivery and
 * returns, where "where is my order?" and "where is my refund?" are most of the contact volume.
 */
export function buildEcommerceReturn(now?: Date): MapFile {
  return authorMap(
    {
      info: {
        title: 'Online fashion: order to return',
        persona: 'Online shopper buying an outfit for an event, unsure of the size',
        goal: 'Get the right size in time, and the money back quickly for what does not fit',
        scenario:
          'The shopper orders a dress in two sizes for a wedding in ten days, tracks the parcel, keeps ' +
          'one size and returns the other through a parcel shop.',
      },
      settings: { costPerContact: 4.8, currency: 'USD' },
      stages: [
        stage(
          'Browse and buy',
          card('Product page and size guide', 'web', 'E-commerce', 0, {
            voc: { verbatims: ['The size guide is in centimetres only'] },
          }),
          card('Sizing question on chat', 'chat', 'Customer service', 1, {
            voc: { csat: 4.5, sampleSize: 380, verbatims: ['She told me it runs small: spot on'] },
          }),
          card('Checkout', 'web', 'E-commerce', 1, {
            series: [series('ces', [5.6, 5.8, 5.9], { sample: 2400, source: 'Checkout survey' })],
          }),
        ),
        stage(
          'Order confirmed',
          card('Order confirmation email', 'email', 'CRM team', 1),
          card('Payment and fraud check', 'web', 'Payments', 0, { lane: 'backstage' }),
          card('Pick and pack', 'web', 'Fulfilment', 0, { lane: 'backstage' }),
        ),
        stage(
          'Delivery',
          card('Tracking page', 'web', 'Logistics', -1, {
            voc: { nps: -28, sampleSize: 900, verbatims: ['"In transit" for four days, no detail'] },
          }),
          card('Courier delivery', 'partner', 'Logistics', -1, {
            voc: { csat: 3.1, sampleSize: 1300, verbatims: ['Marked delivered, but it was not there'] },
          }),
          card('Missed-delivery card', 'mail', '', -2),
          card('Where is my order? chat', 'chat', 'Customer service', -2, {
            voc: {
              csat: 2.6,
              sampleSize: 1100,
              verbatims: ['The agent could only read me the same tracking'],
            },
            series: [series('csat', [2.9, 2.7, 2.6], { sample: 1100, source: 'Post-chat survey' })],
          }),
        ),
        stage(
          'Try on',
          card('Unboxing', 'inHome', 'Brand', 1, {
            voc: { verbatims: ['Lovely packaging, felt like a gift'] },
          }),
          card('Keeps one size, returns the other', 'inHome', '', 0, { lane: 'actions' }),
        ),
        stage(
          'Return',
          card('Returns portal', 'web', 'E-commerce', -1, {
            series: [series('ces', [4.4, 4.0, 3.6], { sample: 700, source: 'Returns survey' })],
          }),
          card('Return by phone', 'phone', 'Customer service', -1, {
            voc: { csat: 3.4, sampleSize: 260, verbatims: ['Gift orders have to be phoned in?'] },
          }),
          card('Drop-off at a parcel shop', 'partner', 'Logistics', 0),
          card('Returns inspection', 'web', 'Returns centre', 0, { lane: 'backstage' }),
        ),
        stage(
          'Refund',
          card('Refund email', 'email', 'Finance', 1),
          card('Where is my refund? call', 'phone', 'Customer service', -2, {
            voc: {
              csat: 2.2,
              sampleSize: 820,
              verbatims: ['I sent it back three weeks ago and still nothing'],
            },
          }),
          card('Refund issued to card', 'web', 'Finance', 0, { lane: 'backstage' }),
        ),
      ],
      routes: [
        route('Product page and size guide', 'Sizing question on chat', 2200, 'value', {
          label: 'which size?',
        }),
        route('Tracking page', 'Where is my order? chat', 5400, 'failure', {
          label: 'no detail in tracking',
        }),
        route('Missed-delivery card', 'Where is my order? chat', 1300, 'failure', {
          label: 'cannot rebook online',
        }),
        route('Courier delivery', 'Where is my order? chat', 900, 'failure', { label: 'marked delivered' }),
        route('Returns portal', 'Return by phone', 1600, 'failure', { label: 'gift order' }),
        route('Returns portal', 'Drop-off at a parcel shop', 8000),
        route('Drop-off at a parcel shop', 'Where is my refund? call', 3800, 'failure', {
          label: 'no refund yet',
        }),
        route('Where is my order? chat', 'Return by phone', 250, 'value', {
          label: 'arrived too late: return',
        }),
      ],
      notes: [
        pain('Tracking page', 'Tracking says "in transit" for days', [
          'The courier scans parcels only at depots',
          'Our page shows the courier feed as it comes',
          'The delivery promise is not recalculated when a scan is late',
        ]),
        pain('Missed-delivery card', 'Missed-delivery card with no way to rebook online', [
          'The card is the courier’s, with the courier’s number',
          'Our contract with the courier has no rebooking API',
        ]),
        pain('Returns portal', 'Gift orders cannot be returned online', [
          'The portal looks orders up by the buyer’s email',
          'The gift recipient does not have it',
          'Gift receipts were never part of the returns design',
        ]),
        pain(
          'Where is my refund? call',
          'Refund takes 14 days after drop-off',
          [
            'The refund waits for the returns inspection',
            'Parcels spend 5–7 days in the courier network before they arrive',
            'Inspection is batched once a week',
          ],
          { evidence: 'observed' },
        ),
        opportunity('Where is my refund? call', 'Refund on the drop-off scan', 'advantage', 'Finance', [
          action('Refund low-risk customers on the parcel-shop scan', 'Finance', {
            status: 'planned',
            dueInDays: 45,
            value: 5,
            effort: 3,
            cxArea: 'advantage',
            touchpoints: ['Drop-off at a parcel shop', 'Where is my refund? call'],
          }),
          action('Model the fraud risk of early refunds', 'Payments', {
            status: 'doing',
            dueInDays: 20,
            value: 3,
            effort: 2,
          }),
        ]),
        opportunity('Tracking page', 'Live delivery window, pushed by text', 'design', 'Logistics', [
          action('Move to the courier’s live-window feed', 'Logistics', {
            status: 'doing',
            dueInDays: 30,
            value: 4,
            effort: 3,
            cxArea: 'design',
            touchpoints: ['Tracking page', 'Missed-delivery card'],
          }),
        ]),
        opportunity('Returns portal', 'Return a gift with the order number', 'design', 'E-commerce', [
          action('Add a gift-receipt lookup to the returns portal', 'E-commerce', {
            status: 'planned',
            dueInDays: 25,
            value: 4,
            effort: 2,
            touchpoints: ['Returns portal'],
          }),
        ]),
        opportunity(
          'Product page and size guide',
          'Fit advice from return reasons',
          'emotion',
          'Merchandising',
          [
            action('Show "runs small" on products with many size returns', 'Merchandising', {
              status: 'idea',
              dueInDays: 90,
              value: 4,
              effort: 3,
              cxArea: 'emotion',
            }),
          ],
        ),
      ],
    },
    now,
  );
}
