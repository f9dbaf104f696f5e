package io.servicedesk.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Files kept in an S3 bucket (Amazon S3 or any S3-compatible service): uploaded from the
 * file on disk, downloaded as the response stream is consumed.
 */
class S3Storage implements AttachmentStorage {

	private final S3Client s3;

	private final String bucket;

	S3Storage(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	@Override
	public String name() {
		return "S3";
	}

	@Override
	public String store(Path content, long size) {
		String key = "attachments/" + UUID.randomUUID();
		s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentLength(size).build(),
				RequestBody.fromFile(content));
		return key;
	}

	@Override
	public InputStream open(String key) {
		return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
	}

	@Override
	public void delete(String key) throws IOException {
		s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(key).build());
	}

}
