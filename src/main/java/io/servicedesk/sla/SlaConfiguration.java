package io.servicedesk.sla;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the breach job on every node ({@code servicedesk.sla.breach-job.enabled=false}
 * turns it off on a node).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "servicedesk.sla.breach-job.enabled", matchIfMissing = true)
class SlaConfiguration {

}
