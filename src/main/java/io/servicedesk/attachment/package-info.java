/**
 * Files on cases and on clients' records: kept behind one storage interface (PostgreSQL
 * by default, S3-compatible object storage as configured), their type read from their
 * content and checked against an allowlist, their names made harmless, their SHA-256
 * kept; stored and read as streams, so a large file never sits whole in memory. Who may
 * read a file is the caller's to check (the case's or the client's access rules).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments")
package io.servicedesk.attachment;
