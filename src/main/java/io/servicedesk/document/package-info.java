/**
 * The desk's documents: letters and confirmations rendered from HTML templates in the
 * client's language to PDF/A-3u (archival, text extractable) with embedded DejaVu Sans:
 * the complaint acknowledgement and decision letters, order and refund confirmations and
 * account statements. Each is kept as an attachment on its case or on the client's
 * record, in versions (a document made again is a new file, the earlier ones stay), and
 * the complaint letters go with the e-mail that carries the acknowledgement or decision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package io.servicedesk.document;
