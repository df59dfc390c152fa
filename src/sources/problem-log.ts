/**
 * The problems a map has met, for its notice: one entry and one `frontier-error` per problem. A
 * source that loads again, or leaves, takes its earlier problems with it.
 */
import type { Notice } from '../components/notices/notices.ts';
import { FrontierErrorEvent } from '../events.ts';

export class ProblemLog {
  /** Problems shown in the notice, oldest first. */
  notices: Notice[] = [];

  constructor(
    private readonly target: EventTarget,
    /** Called after every change, so the notice renders again. */
    private readonly changed: () => void,
  ) {}

  /** One problem; `key` (a layer element) groups the problems of one source for `retract`. */
  report(source: string, message: string, featureIndex?: number, key?: object): void {
    // In place: a source with thousands of bad features must not copy the list once per problem.
    this.notices.push(key ? { source, message, key } : { source, message });
    const detail = featureIndex === undefined ? { source, message } : { source, message, featureIndex };
    this.target.dispatchEvent(new FrontierErrorEvent(detail));
    this.changed();
  }

  /** A source loads again or is gone: its earlier problems leave the notice. */
  retract(key: object): void {
    if (!this.notices.some((notice) => notice.key === key)) return;
    this.notices = this.notices.filter((notice) => notice.key !== key);
    this.changed();
  }

  dismiss(): void {
    this.notices = [];
    this.changed();
  }
}
