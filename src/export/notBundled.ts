/**
 * Stands in for jsPDF's optional helpers (html2canvas, canvg, DOMPurify),
 * which it imports only for HTML and SVG-as-image pages. The PDF export draws
 * its own vector page (pdf.ts) and never calls them, so they are not shipped.
 */
throw new Error('this part of jsPDF is not bundled with the app');
