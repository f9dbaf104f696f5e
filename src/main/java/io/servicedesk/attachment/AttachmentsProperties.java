package io.servicedesk.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code servicedesk.attachments.*}: where files are kept, how large they may be, and the
 * object storage's settings.
 *
 * @param storage {@code database} (PostgreSQL, the default) or {@code s3}
 * @param maxFileSize the largest file accepted
 * @param maxPerMessage the most all files of one message (or one upload) may add up to
 * @param s3Bucket the bucket of {@code s3}
 * @param s3Endpoint the endpoint of an S3-compatible service other than Amazon's, e.g.
 * MinIO or Ceph ({@code null}: Amazon S3)
 * @param s3Region the region
 * @param s3AccessKey the access key ({@code null}: the SDK's default credentials chain)
 * @param s3SecretKey the secret key
 * @param s3PathStyle whether to address buckets in the path (most S3-compatible services
 * want it)
 */
@ConfigurationProperties("servicedesk.attachments")
public record AttachmentsProperties(String storage, DataSize maxFileSize, DataSize maxPerMessage, String s3Bucket,
		String s3Endpoint, String s3Region, String s3AccessKey, String s3SecretKey, Boolean s3PathStyle) {

	public AttachmentsProperties {
		storage = storage == null || storage.isBlank() ? "database"
				: storage.strip().toLowerCase(java.util.Locale.ROOT);
		if (!storage.equals("database") && !storage.equals("s3")) {
			throw new IllegalArgumentException(
					"servicedesk.attachments.storage must be database or s3, not " + storage);
		}
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
		maxPerMessage = maxPerMessage == null ? DataSize.ofMegabytes(20) : maxPerMessage;
		s3Region = s3Region == null || s3Region.isBlank() ? "eu-central-1" : s3Region;
		s3PathStyle = s3PathStyle == null || s3PathStyle;
	}

}
