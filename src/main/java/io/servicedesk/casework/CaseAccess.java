package io.servicedesk.casework;

import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Object-level access to cases (DESIGN.md §7): an agent opening another team's case gets
 * 403, not the case.
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
			throw new AccessDeniedException("Case " + caseFile.getReference() + " belongs to another team");
		}
	}

}
