/**
 * Full screen for the map element: the Fullscreen API where the page allows it (an iframe needs
 * `allowfullscreen`), else a fallback that fixes the element over the whole window. Escape leaves both.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class FullscreenController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** True in either kind of full screen. */
  get active(): boolean {
    return document.fullscreenElement === this.host || this.host.hasAttribute('pseudo-fullscreen');
  }

  async toggle(): Promise<void> {
    if (document.fullscreenElement === this.host) return document.exitFullscreen();
    if (this.host.hasAttribute('pseudo-fullscreen')) return this.leavePseudo();
    if (document.fullscreenEnabled && typeof this.host.requestFullscreen === 'function') {
      try {
        await this.host.requestFullscreen();
        return;
      } catch {
        // Refused (an iframe without allowfullscreen, no user gesture): fall back below.
      }
    }
    this.host.setAttribute('pseudo-fullscreen', '');
    document.addEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    // An Escape that closed the details (and said so with preventDefault) leaves full screen alone.
    if (event.key === 'Escape' && !event.defaultPrevented) this.leavePseudo();
  };

  private leavePseudo(): void {
    this.host.removeAttribute('pseudo-fullscreen');
    document.removeEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.leavePseudo();
  }
}
