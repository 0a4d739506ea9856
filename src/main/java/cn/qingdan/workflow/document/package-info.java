/**
 * The A4 document kit: pages built as escaped XHTML ({@link cn.qingdan.workflow.document.A4Html}: title, document
 * number, paragraphs, seal line, footer), Chinese text helpers ({@link cn.qingdan.workflow.document.DocumentText}),
 * QR codes ({@link cn.qingdan.workflow.document.QrCode}), and rendering to PDF with the CJK font embedded and the
 * same bytes for the same content ({@link cn.qingdan.workflow.document.A4Pdf}). Certificates use it; letters and
 * notices come next.
 */
@org.springframework.modulith.NamedInterface("document")
package cn.qingdan.workflow.document;
