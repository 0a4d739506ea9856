package cn.qingdan.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.qingdan.shared.Actor;

/** What the layout needs on every page: the actor and its menu, and the current path for highlighting. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

	private final Navigation navigation;

	LayoutModel(Navigation navigation) {
		this.navigation = navigation;
	}

	@ModelAttribute("me")
	Actor me() {
		return Actor.current().orElse(null);
	}

	@ModelAttribute("menu")
	List<Navigation.Group> menu() {
		return Actor.current().map(navigation::menuFor).orElse(List.of());
	}

	/** The menu link to highlight: the longest one the current path starts with. */
	@ModelAttribute("activeHref")
	String activeHref(HttpServletRequest request) {
		String path = currentPath(request);
		return menu().stream()
			.flatMap(g -> g.links().stream())
			.map(Navigation.Link::href)
			.filter(h -> path.equals(h) || !h.equals("/") && path.startsWith(h + "/"))
			.max(java.util.Comparator.comparingInt(String::length))
			.orElse("");
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
