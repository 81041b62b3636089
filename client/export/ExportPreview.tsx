import { useMemo } from 'react';
import type { JourneyMap, MapVariantView, Persona } from '../../model';
import { renderMapSvg, type CardDetails } from '../../model/export';

/**
 * A scaled-down picture of exactly what will be exported: the same SVG page, shown as an image
 * (a data URL, so nothing in it can run, and nothing to clean up).
 */
export function ExportPreview({
  map,
  background,
  date,
  details,
  variant = 'current',
  personas,
}: {
  map: JourneyMap;
  background: 'white' | 'transparent';
  date: string;
  details: CardDetails;
  /** The future state's view (model/future). */
  variant?: MapVariantView;
  /** The persona library: the linked personas' curves (issue 21). */
  personas?: readonly Persona[];
}) {
  const src = useMemo(
    () =>
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderMapSvg(map, { background, date, details, variant, personas }))}`,
    [map, background, date, details, variant, personas],
  );
  return (
    <div className={`export-preview${background === 'transparent' ? ' is-transparent' : ''}`}>
      <img src={src} alt={`Preview of the exported map “${map.info.title}”`} data-testid="export-preview" />
    </div>
  );
}
