import type { MapFile } from '../../export/mapExportFormat';
import { buildEcommerceReturn } from './ecommerceReturn';
import { buildEmployeeOnboarding } from './employeeOnboarding';
import { buildHomeInternet } from './homeInternet';
import { buildInsuranceClaim } from './insuranceClaim';
import { buildSaasOnboarding } from './saasOnboarding';
import { buildServiceBlueprint } from './serviceBlueprint';

/**
 * A template in the gallery: content only (a map file built by `authorMap`), so creating a map from
 * it is the import path (`parseMapFile` → `writeMapFileToDoc`), and a saved server template can sit
 * beside these with the same shape.
 */
export interface GalleryTemplate {
  /** Stable: URLs and "create from template" requests name it. */
  readonly id: string;
  readonly name: string;
  /** One or two sentences for the gallery card. */
  readonly summary: string;
  readonly industry: string;
  /** A fresh map file with fresh ids; dates (metric points, due dates) are relative to `now`. */
  build(now?: Date): MapFile;
}

export const GALLERY_TEMPLATES: readonly GalleryTemplate[] = [
  {
    id: 'home-internet-support',
    name: 'Home internet: connection drops',
    summary:
      'A broadband customer loses their connection, self-diagnoses, contacts support and waits for a ' +
      'technician. Shows how network faults turn into contact-centre failure demand.',
    industry: 'Telecoms',
    build: buildHomeInternet,
  },
  {
    id: 'insurance-claim',
    name: 'Insurance: storm-damage claim',
    summary:
      'A first-time claimant reports roof damage, waits for a loss adjuster and accepts an offer. ' +
      'Silence between milestones drives the "any news?" calls.',
    industry: 'Insurance',
    build: buildInsuranceClaim,
  },
  {
    id: 'ecommerce-order-to-return',
    name: 'E-commerce: order to return',
    summary:
      'An online fashion order from size guide to refund: tracking and refund delays make most of the ' +
      '"where is my…?" contacts.',
    industry: 'Retail',
    build: buildEcommerceReturn,
  },
  {
    id: 'b2b-saas-onboarding',
    name: 'B2B SaaS: onboarding to first value',
    summary:
      'A customer admin takes a scheduling platform from contract to the first business review; ' +
      'integration and end-user activation are where value stalls.',
    industry: 'Software (B2B)',
    build: buildSaasOnboarding,
  },
  {
    id: 'employee-onboarding',
    name: 'Employee onboarding: offer to probation',
    summary:
      'A new hire’s first 90 days, with the HR and IT service desks as the hub: late accounts, late ' +
      'laptops and payroll cut-offs.',
    industry: 'HR (employee experience)',
    build: buildEmployeeOnboarding,
  },
  {
    id: 'service-blueprint',
    name: 'Service blueprint: car service',
    summary:
      'A dealership service as a blueprint: evidence, customer actions, front stage, backstage and ' +
      'support processes, stage by stage.',
    industry: 'Automotive services',
    build: buildServiceBlueprint,
  },
];
