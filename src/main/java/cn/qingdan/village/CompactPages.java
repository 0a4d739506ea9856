package cn.qingdan.village;

import java.util.List;

import org.springframework.ui.Model;

/** The diff between two versions of a compact, for the staff and the public compact pages. */
final class CompactPages {

	private CompactPages() {
	}

	static void diff(Model model, List<Compact.Version> versions, Integer from, Integer to) {
		if (versions.size() < 2) {
			return;
		}
		Compact.Version after = versions.stream().filter(v -> to != null && v.no() == to).findFirst().orElse(versions.getLast());
		Compact.Version before = versions.stream().filter(v -> from != null && v.no() == from && v.no() != after.no()).findFirst()
			.orElse(versions.stream().filter(v -> v.no() < after.no()).reduce((a, b) -> b).orElse(null));
		if (before == null) {
			return;
		}
		model.addAttribute("before", before);
		model.addAttribute("after", after);
		model.addAttribute("diff", LineDiff.of(before.text(), after.text()));
	}
}
