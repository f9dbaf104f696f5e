/**
 * What the case modules' pages and API share: the SLA countdowns of the templates, the
 * timeline's entry details, the refusal of a step on a case page, and the new-client part
 * of the API's create requests.
 */
@org.springframework.modulith.NamedInterface("web")
package io.servicedesk.casework.web;
