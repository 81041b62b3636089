import type { Locator, Page } from '@playwright/test';
import { DEFAULT_STAGES, SAMPLE_INFO } from '../model';
import { GALLERY_TEMPLATES } from '../model/templates/gallery';
import { expect, test } from './fixtures';

/**
 * The templates gallery in the New map dialog: every template creates a map with its own content,
 * each card shows a preview drawn from the template, and a map saved as a template appears under
 * "Saved on this server", creates maps like the others and can be removed.
 */

interface Expected {
  card: string;
  title: string;
  stages: readonly string[];
}

const BUILTINS: readonly Expected[] = [
  { card: 'Blank map', title: 'Untitled journey', stages: DEFAULT_STAGES.slice(0, 3) },
  {
    card: 'Sample: Home internet — connection drops',
    title: SAMPLE_INFO.title,
    stages: ['Notice problem', 'Contact support'],
  },
];
const GALLERY: readonly Expected[] = GALLERY_TEMPLATES.map((t) => {
  const file = t.build();
  return { card: t.name, title: file.map.info.title, stages: file.map.stages.slice(0, 3).map((s) => s.name) };
});

async function openGallery(page: Page): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await expect(dialog.getByRole('region', { name: 'Gallery' }).getByRole('radio')).toHaveCount(
    GALLERY_TEMPLATES.length,
  );
  return dialog;
}

/** The card around a template's radio. */
const card = (dialog: Locator, name: string) =>
  dialog.getByRole('radio', { name, exact: true }).locator('xpath=..');

async function expectEditorShows(page: Page, expected: Expected): Promise<void> {
  // Generous: the map loads over the socket on a busy machine.
  await expect(page).toHaveURL(/\/map\/[A-Za-z0-9_-]+/);
  await expect(page.getByRole('button', { name: expected.title, exact: true })).toBeVisible({
    timeout: 20_000,
  });
  for (const stage of expected.stages) {
    await expect(page.getByText(stage, { exact: true }).first()).toBeVisible({ timeout: 20_000 });
  }
}

test('every template in the gallery has a preview and creates a map with its content', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const dialog = await openGallery(page);
  await expect(dialog.getByRole('region', { name: 'Start from' }).getByRole('radio')).toHaveCount(2);
  const saved = dialog.getByRole('region', { name: 'Saved on this server' });
  await expect(saved).toBeVisible();

  // Previews: drawn by the export renderer, one svg per card, as each card scrolls into view.
  for (const { card: name } of [...BUILTINS, ...GALLERY]) {
    const thumb = card(dialog, name);
    await thumb.scrollIntoViewIfNeeded();
    await expect(thumb.locator('svg image')).toHaveCount(1);
  }
  await dialog.getByRole('radio', { name: BUILTINS[1]!.card }).check();
  await dialog.getByRole('region', { name: 'Start from' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/.screens/templates-gallery.png' });
  await dialog.getByRole('region', { name: 'Gallery' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/.screens/templates-gallery-scrolled.png' });

  // Keyboard: arrows move between cards, Enter creates from the focused one.
  await dialog.getByRole('radio', { name: 'Blank map' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: BUILTINS[1]!.card })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('radio', { name: 'Blank map' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  for (const expected of [...BUILTINS, ...GALLERY]) {
    const gallery = await openGallery(page);
    await gallery.getByRole('radio', { name: expected.card, exact: true }).click();
    await gallery.getByRole('button', { name: 'Create' }).click();
    await expectEditorShows(page, expected);
  }

  // Enter on a focused card creates from it, with the Title typed first.
  const gallery = await openGallery(page);
  await gallery.getByLabel('Title').fill('Claims walkthrough');
  await gallery.getByRole('radio', { name: GALLERY[1]!.card }).click();
  await page.keyboard.press('Enter');
  await expectEditorShows(page, { ...GALLERY[1]!, title: 'Claims walkthrough' });
});

test('save a map as a template, create a map from it, then remove it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const dialog = await openGallery(page);
  await dialog.getByLabel('Title').fill('Pharmacy refill journey');
  await dialog.getByRole('radio', { name: GALLERY[2]!.card }).click();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expectEditorShows(page, { ...GALLERY[2]!, title: 'Pharmacy refill journey' });

  await page.getByRole('button', { name: 'Save as template' }).click();
  const save = page.getByRole('dialog', { name: 'Save as template' });
  await expect(save.getByLabel('Name')).toHaveValue('Pharmacy refill journey');
  await save.getByLabel('Name').fill('Pharmacy: repeat prescription');
  await save.getByLabel('Summary').fill('Repeat prescriptions from request to pickup.');
  await page.screenshot({ path: 'e2e/.screens/templates-save-dialog.png' });
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(save).toBeHidden();
  await expect(page.getByText(/Saved “Pharmacy: repeat prescription” as a template/)).toBeVisible();

  const gallery = await openGallery(page);
  const savedSection = gallery.getByRole('region', { name: 'Saved on this server' });
  const savedRadio = savedSection.getByRole('radio', { name: 'Pharmacy: repeat prescription' });
  await expect(savedRadio).toBeVisible();
  await expect(card(savedSection, 'Pharmacy: repeat prescription')).toContainText(
    'Repeat prescriptions from request to pickup.',
  );
  await card(savedSection, 'Pharmacy: repeat prescription').scrollIntoViewIfNeeded();
  await expect(card(savedSection, 'Pharmacy: repeat prescription').locator('svg image')).toHaveCount(1);
  await page.screenshot({ path: 'e2e/.screens/templates-gallery-saved.png' });
  await savedRadio.click();
  await gallery.getByLabel('Title').fill('From the saved template');
  await gallery.getByRole('button', { name: 'Create' }).click();
  await expectEditorShows(page, { ...GALLERY[2]!, title: 'From the saved template' });

  const again = await openGallery(page);
  const section = again.getByRole('region', { name: 'Saved on this server' });
  const question = section.getByText(/Remove “Pharmacy: repeat prescription” for everyone\?/);
  await section.getByRole('button', { name: 'Remove template Pharmacy: repeat prescription' }).click();
  await expect(question).toBeVisible();
  // Escape backs out of the question only; the template stays.
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(again).toBeVisible();
  await section.getByRole('button', { name: 'Remove template Pharmacy: repeat prescription' }).click();
  await expect(question).toBeVisible();
  await section.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(section.getByRole('radio', { name: 'Pharmacy: repeat prescription' })).toHaveCount(0);
  await expect(section).toContainText('No saved templates yet');

  // The server's list agrees after a reload.
  await page.keyboard.press('Escape');
  const reloaded = await openGallery(page);
  await expect(
    reloaded.getByRole('region', { name: 'Saved on this server' }).getByRole('radio', {
      name: 'Pharmacy: repeat prescription',
    }),
  ).toHaveCount(0);
});
