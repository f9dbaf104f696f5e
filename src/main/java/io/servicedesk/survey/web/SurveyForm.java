package io.servicedesk.survey.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The client's answer on the survey page.
 */
class SurveyForm {

	@NotNull(message = "{survey.validation.rating}")
	@Min(value = 1, message = "{survey.validation.rating}")
	@Max(value = 5, message = "{survey.validation.rating}")
	private Integer rating;

	@Size(max = 1000, message = "{survey.validation.comment}")
	private String comment;

	public Integer getRating() {
		return rating;
	}

	public void setRating(Integer rating) {
		this.rating = rating;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
