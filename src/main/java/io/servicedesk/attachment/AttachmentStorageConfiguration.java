package io.servicedesk.attachment;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The storages of attachments: PostgreSQL always (files stored there stay readable when
 * the configuration changes), S3 when {@code servicedesk.attachments.storage=s3}.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentStorageConfiguration {

	@Bean
	DatabaseStorage databaseStorage(JdbcClient jdbc) {
		return new DatabaseStorage(jdbc);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "servicedesk.attachments.storage", havingValue = "s3")
	S3Client attachmentS3Client(AttachmentsProperties properties) {
		var builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(properties.s3Region()))
			.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(properties.s3PathStyle()).build());
		if (properties.s3Endpoint() != null && !properties.s3Endpoint().isBlank()) {
			builder.endpointOverride(URI.create(properties.s3Endpoint()));
		}
		builder.credentialsProvider(properties.s3AccessKey() == null || properties.s3AccessKey().isBlank()
				? DefaultCredentialsProvider.builder().build() : StaticCredentialsProvider
					.create(AwsBasicCredentials.create(properties.s3AccessKey(), properties.s3SecretKey())));
		return builder.build();
	}

	@Bean
	@ConditionalOnProperty(name = "servicedesk.attachments.storage", havingValue = "s3")
	S3Storage s3Storage(S3Client attachmentS3Client, AttachmentsProperties properties) {
		if (properties.s3Bucket() == null || properties.s3Bucket().isBlank()) {
			throw new IllegalStateException("servicedesk.attachments.s3-bucket is needed with the s3 storage");
		}
		return new S3Storage(attachmentS3Client, properties.s3Bucket());
	}

}
