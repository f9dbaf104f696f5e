package io.servicedesk.complaint;

import io.servicedesk.shared.Money;

/**
 * A resolution as proposed for review: the outcome, the remedy, the amount where money is
 * involved, the root cause and the message the client gets once a supervisor approves it.
 *
 * @param amount {@code null} unless money is paid out
 */
public record ProposedResolution(Outcome outcome, Remedy remedy, Money amount, String rootCause, String message) {
}
