/**
 * What the demo data of the case modules share: the bulk writing of case rows, their
 * timelines and their search text, and the small helpers of seeded generation.
 */
@org.springframework.modulith.NamedInterface("demo")
package io.servicedesk.casework.demo;
