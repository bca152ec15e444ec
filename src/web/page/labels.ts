/** The parts around a field's control: the mark of a required field, the place for its messages. */
import type { FieldSpec } from "../spec";
import { h } from "./dom";

export const required = (spec: FieldSpec) =>
  spec.required ? h("span", { className: "req", title: "bắt buộc" }, " *") : null;

/** The place for a field's diagnostics (filled by messages.ts). */
export const message = (key: string) =>
  h("p", { className: "msg", id: `m-${key}`, hidden: true, attrs: { "aria-live": "polite" } });
