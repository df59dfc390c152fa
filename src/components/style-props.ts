/**
 * `style=${styleProps({ left: '12px' })}`: sets inline style properties through the CSSOM on every
 * render. Lit's `styleMap` writes a `style="…"` attribute on first render, which a Content Security
 * Policy of `style-src 'self'` blocks; CSSOM writes are allowed.
 */
import { noChange } from 'lit';
import { type AttributePart, Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProps() belongs in a style attribute binding');
    }
  }

  render(_properties: Readonly<Record<string, string>>) {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
