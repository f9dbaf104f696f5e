package io.servicedesk.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.CrudRepository;

import jakarta.persistence.LockModeType;

interface SurveyInvitationRepository extends CrudRepository<SurveyInvitation, Long> {

	Optional<SurveyInvitation> findByToken(String token);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<SurveyInvitation> findForAnswerByToken(String token);

	List<SurveyInvitation> findByCaseKindAndCaseRefOrderByCreatedAtDesc(String caseKind, String caseRef);

}
