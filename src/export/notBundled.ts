/**
 * Stands in for the parts of jsPDF the PDF export never calls, so they are
 * not shipped: its optional helpers for HTML pages and SVG-as-image
 * (html2canvas, canvg, DOMPurify, which it imports dynamically) and its PNG
 * reader for images (fast-png, with its inflate, imported statically). A call
 * says what is missing.
 */
function notBundled(): never {
  throw new Error('this part of jsPDF is not bundled with the app');
}

export default notBundled;
/** fast-png's reader, as jsPDF imports it. */
export const decode = notBundled;
