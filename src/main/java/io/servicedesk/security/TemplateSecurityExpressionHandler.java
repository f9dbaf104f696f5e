package io.servicedesk.security;

import org.springframework.security.access.expression.AbstractSecurityExpressionHandler;
import org.springframework.security.access.expression.SecurityExpressionOperations;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.FilterInvocation;
import org.springframework.security.web.access.expression.WebSecurityExpressionRoot;

/**
 * Evaluates {@code sec:authorize} expressions in templates with the role hierarchy, so
 * the navigation offers a supervisor everything an agent may use.
 */
class TemplateSecurityExpressionHandler extends AbstractSecurityExpressionHandler<FilterInvocation> {

	private final RoleHierarchy roleHierarchy;

	TemplateSecurityExpressionHandler(RoleHierarchy roleHierarchy) {
		this.roleHierarchy = roleHierarchy;
		setRoleHierarchy(roleHierarchy);
	}

	@Override
	protected SecurityExpressionOperations createSecurityExpressionRoot(Authentication authentication,
			FilterInvocation invocation) {
		WebSecurityExpressionRoot root = new WebSecurityExpressionRoot(authentication, invocation);
		root.setRoleHierarchy(roleHierarchy);
		root.setPermissionEvaluator(getPermissionEvaluator());
		return root;
	}

}
