package io.servicedesk.casework.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.ui.Model;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Gives a handler its {@link CaseStep}: the principal, the model, the locale and the
 * response as Spring MVC gives them one by one, and the redirect's attributes as the
 * model of a redirect (their flash attributes go with it).
 */
@Configuration(proxyBeanMethods = false)
class CaseStepArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CaseStep.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) throws Exception {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap(
				binders == null ? null : binders.createBinder(request, null, DataBinder.DEFAULT_OBJECT_NAME));
		container.setRedirectModel(redirect);
		return new CaseStep(request.getUserPrincipal(), (Model) container.getModel(),
				RequestContextUtils.getLocale(request.getNativeRequest(HttpServletRequest.class)), redirect,
				request.getNativeResponse(HttpServletResponse.class));
	}

}
