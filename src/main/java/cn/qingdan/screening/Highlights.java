package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Highlight spans, sorted and without overlaps (the first reason of overlapping spans wins), for rendering. */
final class Highlights {

	private Highlights() {
	}

	static List<Screening.Highlight> merge(List<Screening.Highlight> spans, int length) {
		List<Screening.Highlight> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparingInt(Screening.Highlight::start).thenComparingInt(h -> -h.end()));
		List<Screening.Highlight> out = new ArrayList<>();
		int covered = 0;
		for (Screening.Highlight h : sorted) {
			int start = Math.max(h.start(), covered);
			int end = Math.min(h.end(), length);
			if (start < end) {
				out.add(new Screening.Highlight(start, end, h.reason()));
				covered = end;
			}
		}
		return List.copyOf(out);
	}

	/** A piece of the text, marked (reason not null) or plain. */
	record Segment(String text, String reason) {
	}

	static List<Segment> segments(String text, List<Screening.Highlight> highlights) {
		List<Segment> out = new ArrayList<>();
		int at = 0;
		for (Screening.Highlight h : highlights) {
			if (h.start() > at) {
				out.add(new Segment(text.substring(at, h.start()), null));
			}
			out.add(new Segment(text.substring(h.start(), h.end()), h.reason()));
			at = h.end();
		}
		if (at < text.length()) {
			out.add(new Segment(text.substring(at), null));
		}
		return out;
	}
}
