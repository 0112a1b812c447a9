import type { XmlElement } from "./xml-tree.js";

/** One broken constraint: a stable rule name, a message and the line of the element. */
export interface Violation {
  rule: string;
  message: string;
  line: number;
}

/** Where violations are collected. */
export interface Report {
  violations: Violation[];
  add(rule: string, element: XmlElement, message: string): void;
}
