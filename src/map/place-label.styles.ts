/** Styles of the place names and the frontier's caption (map/place-label-layer.ts places them). */
import { css } from 'lit';

export const placeLabelStyles = css`
  /* Place names: text with a halo, placed by map/place-label-layer.ts at the box it measured. */
  .frontier-place-labels {
    pointer-events: none;
  }
  .frontier-place-label {
    position: absolute;
    left: 0;
    top: 0;
    white-space: nowrap;
    line-height: 1.15;
    font-size: 11.5px;
    color: var(--frontier-place-ink);
    text-shadow:
      0 0 2px var(--frontier-halo),
      0 0 3px var(--frontier-halo),
      0 0 4px var(--frontier-halo);
    pointer-events: none;
  }
  .frontier-place-label.kind-capital {
    font-size: 13px;
    font-weight: 700;
    color: var(--frontier-capital-ink);
  }
  .frontier-place-label.kind-province {
    font-size: 10.5px;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--frontier-region-ink);
  }
  .frontier-place-label.kind-country,
  .frontier-place-label.kind-country-focus {
    font-size: 11px;
    letter-spacing: 0.14em;
    text-transform: uppercase;
    color: var(--frontier-region-ink);
  }
  .frontier-place-label.kind-country-focus {
    font-size: 13px;
    font-weight: 600;
    color: var(--frontier-country-ink);
  }
  .frontier-place-label.kind-crossing {
    font-style: italic;
    color: var(--frontier-crossing-ink);
  }
  /* The place's dot, at the anchor the label was placed beside. */
  .frontier-place-label.kind-town::before,
  .frontier-place-label.kind-capital::before,
  .frontier-place-label.kind-crossing::before {
    content: '';
    position: absolute;
    left: var(--dot-x);
    top: var(--dot-y);
    width: 5px;
    height: 5px;
    margin: -2.5px 0 0 -2.5px;
    border-radius: 50%;
    background: var(--frontier-place-ink);
    box-shadow: 0 0 0 1px var(--frontier-halo);
  }
  .frontier-place-label.kind-capital::before {
    width: 7px;
    height: 7px;
    margin: -3.5px 0 0 -3.5px;
    border-radius: 1px;
    background: var(--frontier-capital-ink);
  }
  /* The frontier's caption: a boxed note, placed with the names; one line where the map is wide,
     wrapped within 55 % of its width (a container query) on a phone. */
  .frontier-place-label.kind-frontier-caption {
    white-space: normal;
    width: max-content;
    max-width: 55cqw;
    background: var(--frontier-caption-bg);
    border: 1px solid var(--frontier-control-border);
    border-radius: 3px;
    color: var(--frontier-capital-ink);
    text-shadow: none;
    font-size: 11px;
    line-height: 1.3;
    padding: 2px 6px;
  }
  /* Nastaliq's letters rise and fall far: a taller line keeps them inside the caption's box. */
  .frontier-place-label.kind-frontier-caption:lang(ur) {
    line-height: 1.9;
  }
`;
