/**
 * Template mode starts from a copy of the user's template. With `drive.file` the add-on
 * cannot copy a Drive file it did not create, but the `documents` scope lets it open the
 * template Doc; so a new Doc is made and the template's body elements are copied into it.
 * Calls grow with the template's paragraphs and tables, never with rows.
 */
type Body = GoogleAppsScript.Document.Body;

export function copyBody(from: Body, to: Body): void {
  const initial = to.getNumChildren();
  for (let i = 0; i < from.getNumChildren(); i++) {
    const element = from.getChild(i).copy();
    switch (element.getType()) {
      case DocumentApp.ElementType.PARAGRAPH:
        to.appendParagraph(element.asParagraph());
        break;
      case DocumentApp.ElementType.TABLE:
        to.appendTable(element.asTable());
        break;
      case DocumentApp.ElementType.LIST_ITEM:
        to.appendListItem(element.asListItem());
        break;
      default:
        break; // page breaks, TOC and the like are not part of a report template
    }
  }
  // The new Doc's own empty first paragraph goes, once there is something after it.
  if (initial === 1 && to.getNumChildren() > 1) to.getChild(0).removeFromParent();
}
