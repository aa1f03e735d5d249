/**
 * Heading levels from the numbering: a stack of the markers of the headings currently open. A
 * heading's level is its container's level (the document, an enclosed document, an attachment)
 * plus one for each open heading of a higher rank, so no level is ever skipped whatever the
 * numbering jumps over. Enclosed documents and attachments restart the numbering.
 */
import { MARKER_RANK, markerValue, type Marker, type MarkerType } from '../../vocabulary/index.ts';

/** HTML has six heading levels. */
export const MAX_HEADING_DEPTH = 6;

export class OutlineLevels {
  private stack: { type: MarkerType; value: number | null }[] = [];
  private containerDepth = 1;
  private inEnclosure = false;

  /** The level a heading with this marker would take, or null when deeper than HTML allows. */
  depthFor(marker: Marker): number | null {
    const rank = MARKER_RANK[marker.type];
    const depth = this.containerDepth + this.stack.filter((entry) => MARKER_RANK[entry.type] < rank).length + 1;
    return depth > MAX_HEADING_DEPTH ? null : depth;
  }

  /** Opens a heading with this marker; returns its level. */
  push(marker: Marker): number {
    const rank = MARKER_RANK[marker.type];
    this.stack = [
      ...this.stack.filter((entry) => MARKER_RANK[entry.type] < rank),
      { type: marker.type, value: markerValue(marker) },
    ];
    return this.containerDepth + this.stack.length;
  }

  /** A container heading (enclosed document, attachment) at `depth`: the numbering starts over. */
  openContainer(depth: number): void {
    this.containerDepth = depth;
    this.stack = [];
  }

  enterEnclosure(): void {
    this.inEnclosure = true;
  }

  /** Attachments are level 2, or 3 inside an enclosed document. */
  attachmentDepth(): number {
    return this.inEnclosure ? 3 : 2;
  }

  /** A 专栏 box is a sub-section of where it stands. */
  boxDepth(): number {
    return Math.min(this.containerDepth + this.stack.length + 1, MAX_HEADING_DEPTH);
  }
}
