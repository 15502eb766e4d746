import { Environment, runtime } from 'nunjucks';

/** A ward as the Wards query answers it. */
export interface WardChoice {
  code: string;
  name: string;
}

/** What partials/ward-select.njk passes on from the page (see its comment). */
export interface WardSelectInputs {
  wards: WardChoice[];
  selectedWard?: unknown;
  wardLabel?: string;
  wardLabelClasses?: string;
  wardHint?: string;
  wardError?: unknown;
  wardEmptyText?: string;
  wardExtraItems?: unknown;
}

/** Renderings kept for one list of wards: choices × the few labels, hints and errors the pages use. */
const KEPT_PER_LIST = 500;
const FIELD = 'partials/ward-select-field.njk';

/**
 * `wardSelect()` for the views: the ward select (govukSelect with the 32 wards) rendered once for each choice and
 * kept. Rendering its 33 options through govuk-frontend's macros was a third of the CPU of rendering `/courses`, and
 * the answer depends only on the inputs below, so it is kept per list of wards (WardOptions reads a new list every
 * few minutes, and the old renderings go with it). The selected ward is reduced to the ward it selects (the template
 * compares with `==`, so that is the one it marks), so what a visitor types never grows the store.
 */
export function wardSelectRenderer(environment: Environment): (inputs: WardSelectInputs) => runtime.SafeString {
  const kept = new WeakMap<WardChoice[], Map<string, runtime.SafeString>>();
  return (inputs) => {
    const wards = inputs.wards ?? [];
    // The same loose comparison as the template's `ward.code == selectedWard`.
    const selectedWard = wards.find((ward) => ward.code == inputs.selectedWard)?.code ?? '';
    const context = { ...inputs, wards, selectedWard };
    const key = JSON.stringify([
      selectedWard,
      inputs.wardLabel,
      inputs.wardLabelClasses,
      inputs.wardHint,
      inputs.wardError,
      inputs.wardEmptyText,
      inputs.wardExtraItems,
    ]);
    let renderings = kept.get(wards);
    if (!renderings) {
      renderings = new Map();
      kept.set(wards, renderings);
    }
    let html = renderings.get(key);
    if (!html) {
      html = new runtime.SafeString(environment.render(FIELD, context));
      if (renderings.size < KEPT_PER_LIST) renderings.set(key, html);
    }
    return html;
  };
}
