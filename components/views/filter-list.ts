/**
 * Filters a long server-rendered list in place: items outside `visible` get `hidden`, a group
 * with no item left is hidden too, and the "nothing matches" line shows when nothing does. The
 * list's text is never hydrated; only these attributes change. Shared by the timeline and the
 * ledger, whose lists differ only in their attribute names.
 */
export function showOnly(
  visible: ReadonlySet<string>,
  attrs: { item: string; group: string; empty: string },
) {
  const key = attrs.item.replace(/^data-/, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  for (const el of document.querySelectorAll<HTMLElement>(`[${attrs.item}]`)) {
    el.hidden = !visible.has(el.dataset[key] ?? "");
  }
  for (const group of document.querySelectorAll<HTMLElement>(`[${attrs.group}]`)) {
    group.hidden = !group.querySelector(`[${attrs.item}]:not([hidden])`);
  }
  const empty = document.querySelector<HTMLElement>(`[${attrs.empty}]`);
  if (empty) empty.hidden = visible.size > 0;
}
