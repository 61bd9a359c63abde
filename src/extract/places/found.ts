/** A place found by the scan, before it becomes a PlaceValue, and the scan state lists emit into. */
import type { Words } from '../words.js';

export interface Found {
  from: number;
  to: number;
  name: string;
  unit: string | null;
  impliedUnit?: string;
}

/** The text being scanned and where found places go. */
export interface Scan {
  w: Words;
  emit: (f: Found) => void;
}
