package io.servicedesk.casework;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import io.servicedesk.sla.CaseKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a case of any kind by its reference, as the shared case core sees it: for a case
 * module that works with another kind's case (a complaint escalated from an inquiry)
 * without depending on that module.
 */
@Service
public class CaseFiles {

	private final EntityManager entityManager;

	CaseFiles(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public Optional<CaseFile> find(CaseKind kind, String reference) {
		return entityManager.createQuery("select c from CaseFile c where c.reference = :reference", CaseFile.class)
			.setParameter("reference", reference)
			.getResultStream()
			.filter(found -> found.caseKind() == kind)
			.findFirst();
	}

	/** The status of a case as its module names it. */
	public static String statusOf(CaseFile caseFile) {
		return caseFile.getStatusName();
	}

}
