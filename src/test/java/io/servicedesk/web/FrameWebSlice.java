package io.servicedesk.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The page frame for a web slice: {@code @frame} of the layout, the translation of codes
 * in messages, and the error answers and settings of the web module's filters (the
 * request gate among them).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ PageFrame.class, TranslatedArguments.class, ApiProblems.class, StandaloneErrorPages.class, ErrorTexts.class })
@EnableConfigurationProperties(RequestGateProperties.class)
public class FrameWebSlice {

}
