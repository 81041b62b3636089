import { useId } from 'react';
import type { MapTemplate } from '../api/mapsApi';
import { TemplatePreview } from './TemplatePreview';

interface TemplateOptionProps {
  template: MapTemplate;
  label: string;
  detail: string;
  checked: boolean;
  onSelect: (template: MapTemplate) => void;
}

/**
 * One selectable card in the new-map dialog. A real radio, invisible but covering the card, keeps
 * clicks, arrow keys, focus and screen readers working; its name is just `label`, the detail is
 * its description.
 */
export function TemplateOption({ template, label, detail, checked, onSelect }: TemplateOptionProps) {
  const labelId = useId();
  const detailId = useId();
  return (
    <label className={`template-option${checked ? ' is-checked' : ''}`}>
      <input
        type="radio"
        name="template"
        value={template}
        className="template-option-input"
        checked={checked}
        onChange={() => onSelect(template)}
        aria-labelledby={labelId}
        aria-describedby={detailId}
      />
      <TemplatePreview template={template} />
      <span className="template-option-footer">
        <span className="template-option-text">
          <span id={labelId} className="template-option-label">
            {label}
          </span>
          <span id={detailId} className="template-option-detail">
            {detail}
          </span>
        </span>
        <span className="template-option-check" aria-hidden="true" />
      </span>
    </label>
  );
}
