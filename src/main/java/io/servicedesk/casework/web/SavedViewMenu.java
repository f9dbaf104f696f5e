package io.servicedesk.casework.web;

import io.servicedesk.casework.SavedViews;
import io.servicedesk.casework.Viewer;
import io.servicedesk.sla.CaseKind;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a queue page's saved-views menu and its "Save this view" form show: the reader's
 * and their team's views with their counts, the queue's current query to save and the
 * address to come back to.
 */
@Component
public class SavedViewMenu {

	private final SavedViews views;

	SavedViewMenu(SavedViews views) {
		this.views = views;
	}

	public void addTo(Model model, CaseKind kind, Viewer viewer, String query, String back) {
		model.addAttribute("savedViews", views.menu(kind, viewer));
		model.addAttribute("savedViewsPath", views.path(kind));
		model.addAttribute("savedViewQuery", query);
		model.addAttribute("savedViewBack", back);
		model.addAttribute("savedViewNameMax", SavedViews.NAME_MAX);
		model.addAttribute("savedViewShareable", viewer.teamId() != null);
	}

}
