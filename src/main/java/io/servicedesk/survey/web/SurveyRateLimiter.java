package io.servicedesk.survey.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one address may open or answer survey pages, so that nobody can try
 * tokens at speed (they are 256 random bits in any case). Counted per node: with N nodes
 * an address gets at most N times the limit, which is still far too slow to guess a
 * token.
 */
@Component
class SurveyRateLimiter {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	private final int perMinute;

	SurveyRateLimiter(@Value("${servicedesk.survey.requests-per-minute:20}") int perMinute) {
		this.perMinute = perMinute;
	}

	boolean allows(String address) {
		return buckets
			.get(address, key -> Bucket.builder()
				.addLimit(
						Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
				.build())
			.tryConsume(1);
	}

}
