package io.servicedesk.casework.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What the case pages share, for a web slice: the steps posted from a case page with
 * their 409/422 answers ({@link CasePageSteps}, {@link CaseComposerController}) and the
 * helpers the case templates call ({@code @caseEntries}, {@code @caseTime},
 * {@code @caseTextLimits}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ CasePageSteps.class, CaseComposerController.class, CaseStepArguments.class, CaseEntryDetails.class,
		CaseTime.class, CaseTextLimits.class })
public class CaseWebSlice {

}
