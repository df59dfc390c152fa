/** The full-page viewer: the same elements a site owner embeds, on one page. */
import '../define.ts';
