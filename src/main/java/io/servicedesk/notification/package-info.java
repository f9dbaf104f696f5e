/**
 * In-app notifications to staff: the bell in the page frame, the list, marking as read.
 */
package io.servicedesk.notification;
