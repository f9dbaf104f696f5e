package io.servicedesk.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client satisfaction surveys: invitations for resolved cases and the clients' answers.
 */
@Service
public class Surveys {

	/** 256 random bits, URL-safe: not guessable, not enumerable. */
	private static final int TOKEN_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final SurveyInvitationRepository invitations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration validFor;

	Surveys(SurveyInvitationRepository invitations, ApplicationEventPublisher events, Clock clock,
			@Value("${servicedesk.survey.valid-for:P14D}") Duration validFor) {
		this.invitations = invitations;
		this.events = events;
		this.clock = clock;
		this.validFor = validFor;
	}

	/**
	 * Invites the client to rate the work on a resolved case. A case that is resolved
	 * again while its last invitation is still open keeps that invitation: the client is
	 * not asked twice.
	 */
	@Transactional
	public SurveyInvitationView invite(SurveyRequest request) {
		Instant now = clock.instant();
		Optional<SurveyInvitation> open = invitations
			.findByCaseKindAndCaseRefOrderByCreatedAtDesc(request.caseKind(), request.caseRef())
			.stream()
			.filter(invitation -> invitation.isOpenAt(now))
			.findFirst();
		if (open.isPresent()) {
			return open.get().view();
		}
		SurveyInvitation invitation = invitations.save(new SurveyInvitation(newToken(), request, now.plus(validFor)));
		SurveyInvitationView view = invitation.view();
		events.publishEvent(
				new SurveySent(view.caseKind(), view.caseRef(), view.clientId(), view.link(), view.expiresAt(), now));
		return view;
	}

	/** The invitation behind a link, answered or not, expired or not. */
	@Transactional(readOnly = true)
	public SurveyInvitationView find(String token) {
		return invitations.findByToken(token).map(SurveyInvitation::view).orElseThrow(SurveyNotFoundException::new);
	}

	/**
	 * Records the client's rating (1 to 5) and optional comment; refused with
	 * {@link SurveyClosedException} when the invitation was answered already or has
	 * expired.
	 */
	@Transactional
	public SurveyInvitationView answer(String token, int rating, String comment) {
		SurveyInvitation invitation = invitations.findForAnswerByToken(token).orElseThrow(SurveyNotFoundException::new);
		Instant now = clock.instant();
		invitation.answer(rating, comment, now);
		events.publishEvent(new SurveyAnswered(invitation.getCaseKind(), invitation.getCaseRef(),
				invitation.getClientId(), rating, invitation.getComment(), now));
		return invitation.view();
	}

	/** The invitations of a case, newest first, for the case page. */
	@Transactional(readOnly = true)
	public List<SurveyInvitationView> ofCase(String caseKind, String caseRef) {
		return invitations.findByCaseKindAndCaseRefOrderByCreatedAtDesc(caseKind, caseRef)
			.stream()
			.map(SurveyInvitation::view)
			.toList();
	}

	private String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
