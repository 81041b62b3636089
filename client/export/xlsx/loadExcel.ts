/** exceljs, loaded on first use only (a workbook export or import): ~1 MB that no other page needs. */
export type ExcelJs = typeof import('exceljs');

export async function loadExcel(): Promise<ExcelJs> {
  const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  // The browser build is a UMD bundle: its API arrives as the module's default export.
  return mod.default ?? mod;
}
