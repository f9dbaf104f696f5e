/**
 * What the desk's cases are about and the texts agents reuse: categories of inquiries and
 * complaints with names in every interface language, and canned responses with
 * placeholders. {@link io.servicedesk.catalogue.CategoryCatalogue} and
 * {@link io.servicedesk.catalogue.CannedResponses} are the public API.
 */
package io.servicedesk.catalogue;
