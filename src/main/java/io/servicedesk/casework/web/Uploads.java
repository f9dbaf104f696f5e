package io.servicedesk.casework.web;

import java.util.List;

import io.servicedesk.attachment.Upload;

import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a form or an API request as uploads; the empty part a browser sends when
 * no file was chosen is none.
 */
public final class Uploads {

	private Uploads() {
	}

	public static List<Upload> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter(file -> file != null && !file.isEmpty())
			.map(file -> new Upload(file.getOriginalFilename(), file::getInputStream))
			.toList();
	}

}
