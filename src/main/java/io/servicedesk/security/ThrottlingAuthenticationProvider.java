package io.servicedesk.security;

import java.time.Duration;
import java.util.Optional;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.staff.StaffCredentials;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password authentication for both the sign-in form and HTTP Basic on the API, guarded by
 * the sign-in throttle and written to the audit log when it fails.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final AuditLog auditLog;

	private final SecondFactors secondFactors;

	ThrottlingAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle, AuditLog auditLog,
			SecondFactors secondFactors) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.auditLog = auditLog;
		this.secondFactors = secondFactors;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		if (username == null || username.length() > StaffCredentials.MAX_USERNAME_LENGTH) {
			// Nobody has such a username: refused like a wrong password, without a
			// look-up,
			// and not counted against any real person's name.
			auditLog.record(AuditRecord.of(String.valueOf(username), "security.sign-in-failed", "staff",
					String.valueOf(username)));
			throttle.recordFailure("", authentication.getDetails() instanceof WebAuthenticationDetails details
					? details.getRemoteAddress() : null);
			throw new BadCredentialsException("No staff member has such a username");
		}
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		Optional<Duration> blocked = throttle.addressBlockedFor(address);
		if (blocked.isPresent()) {
			auditLog.record(AuditRecord.of(username, "security.sign-in-address-throttled", "staff", username)
				.change(null, address));
			throw new AddressThrottledException(blocked.get());
		}
		Optional<Duration> locked = throttle.lockedFor(username);
		if (locked.isPresent()) {
			if (secondFactors.isEnrolled(username.strip().toLowerCase(java.util.Locale.ROOT))) {
				// Guessing at the password cannot lock its owner out: the right password
				// still leads to the second factor, which guards the account, and a wrong
				// one is answered as the wait.
				return passwordDuringWait(authentication, username, address, locked.get());
			}
			auditLog.record(AuditRecord.of(username, "security.sign-in-throttled", "staff", username));
			throw new SignInThrottledException(locked.get());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(username, address);
			auditLog.record(AuditRecord.of(username, "security.sign-in-failed", "staff", username));
			throw ex;
		}
		catch (AuthenticationException ex) {
			auditLog.record(AuditRecord.of(username, "security.sign-in-refused", "staff", username)
				.change(null, ex.getClass().getSimpleName()));
			throw ex;
		}
	}

	private Authentication passwordDuringWait(Authentication authentication, String username, String address,
			Duration wait) {
		try {
			Authentication result = passwords.authenticate(authentication);
			auditLog.record(AuditRecord.of(username, "security.sign-in-throttle-passed", "staff", username));
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(username, address);
			auditLog.record(AuditRecord.of(username, "security.sign-in-throttled", "staff", username));
			throw new SignInThrottledException(wait);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
