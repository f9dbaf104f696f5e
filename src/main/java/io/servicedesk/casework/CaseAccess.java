package io.servicedesk.casework;

import io.servicedesk.shared.RefusedAccessException;

import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;

import org.springframework.stereotype.Service;

/**
 * Object-level access to cases (docs/architecture.md, "Pages, API and security"): an
 * agent opening another team's case gets 403, not the case.
 */
@Service
public class CaseAccess {

	private final StaffService staff;

	CaseAccess(StaffService staff) {
		this.staff = staff;
	}

	/** Who is asking: one read of their staff row, in no transaction of its own. */
	public Viewer viewer(String username) {
		StaffProfile profile = staff.profile(username);
		return new Viewer(profile.username(), profile.displayName(), profile.teamId(), profile.team(),
				profile.role() == Role.SUPERVISOR || profile.role() == Role.ADMIN);
	}

	public void requireAccess(Viewer viewer, CaseFile caseFile) {
		if (!viewer.maySee(caseFile)) {
			throw new RefusedAccessException("Case " + caseFile.getReference() + " belongs to another team",
					"error.403.other-team", caseFile.getReference());
		}
	}

}
