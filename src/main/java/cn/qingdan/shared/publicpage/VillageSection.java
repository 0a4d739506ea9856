package cn.qingdan.shared.publicpage;

import java.util.Map;

/**
 * One part of a village's public page: its place (lower first), heading, and the Thymeleaf fragment that draws it
 * ({@code template :: fragment(section)}), with the data the fragment reads as {@code section.model()}.
 */
public record VillageSection(int order, String title, String template, String fragment, Map<String, Object> model) {

	public VillageSection {
		model = Map.copyOf(model);
	}
}
