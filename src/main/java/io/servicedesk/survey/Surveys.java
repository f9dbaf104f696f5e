package io.servicedesk.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.servicedesk.audit.AuditRecord;
import io.servicedesk.client.ClientMerged;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.correspondence.MailKind;
import io.servicedesk.correspondence.MailRequest;
import io.servicedesk.correspondence.OutgoingMessageDelivered;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client satisfaction surveys: invitations for resolved cases and the clients' answers.
 */
@Service
public class Surveys {

	/** 256 random bits, URL-safe: not guessable, not enumerable. */
	private static final int TOKEN_BYTES = 32;

	/** What causes an invitation's mail: the invitation, by id. */
	private static final String SOURCE = "SURVEY_INVITATION:";

	private final SecureRandom random = new SecureRandom();

	private final SurveyInvitationRepository invitations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration validFor;

	private final Correspondence correspondence;

	private final JdbcClient jdbc;

	Surveys(SurveyInvitationRepository invitations, ApplicationEventPublisher events, Clock clock,
			@Value("${servicedesk.survey.valid-for:P14D}") Duration validFor, Correspondence correspondence,
			JdbcClient jdbc) {
		this.invitations = invitations;
		this.events = events;
		this.clock = clock;
		this.validFor = validFor;
		this.correspondence = correspondence;
		this.jdbc = jdbc;
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
		correspondence.queue(MailRequest
			.notice(MailKind.SURVEY_INVITATION, view.clientId(),
					Map.of("survey.link", correspondence.publicLink(view.link()), "survey.expires",
							correspondence.date(view.expiresAt(), request.language()), "case.reference",
							view.caseRef()),
					SOURCE + invitation.getId(), AuditRecord.SYSTEM)
			.aboutCase(view.caseKind(), view.caseRef()));
		events.publishEvent(
				new SurveySent(view.caseKind(), view.caseRef(), view.clientId(), view.link(), view.expiresAt(), now));
		return view;
	}

	/**
	 * The invitation's mail was delivered: from now on it counts as a survey sent.
	 */
	@ApplicationModuleListener
	void on(OutgoingMessageDelivered delivered) {
		if (delivered.kind() != MailKind.SURVEY_INVITATION || delivered.sourceKey() == null
				|| !delivered.sourceKey().startsWith(SOURCE)) {
			return;
		}
		invitations.findById(Long.parseLong(delivered.sourceKey().substring(SOURCE.length())))
			.ifPresent(invitation -> invitation.sent(delivered.sentAt()));
	}

	/** A sender linked to the client they are: their invitations go with them. */
	@EventListener
	void on(ClientMerged merged) {
		jdbc.sql("update survey_invitation set client_id = :to where client_id = :from")
			.param("from", merged.fromClientId())
			.param("to", merged.toClientId())
			.update();
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
