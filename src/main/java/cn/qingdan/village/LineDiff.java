package cn.qingdan.village;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) between two versions of a compact: kept, removed and added lines. */
final class LineDiff {

	record Line(char op, String text) {

		public String label() {
			return op == '+' ? "新增" : op == '-' ? "删除" : "";
		}

		public String css() {
			return op == '+' ? "diff-after" : op == '-' ? "diff-before" : "";
		}
	}

	private LineDiff() {
	}

	static List<Line> of(String before, String after) {
		String[] a = before == null ? new String[0] : before.split("\\R", -1);
		String[] b = after == null ? new String[0] : after.split("\\R", -1);
		if ((long) a.length * b.length > 4_000_000L) {
			List<Line> all = new ArrayList<>();
			for (String s : a) {
				all.add(new Line('-', s));
			}
			for (String s : b) {
				all.add(new Line('+', s));
			}
			return all;
		}
		int[][] lcs = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Line> out = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				out.add(new Line(' ', a[i]));
				i++;
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				out.add(new Line('-', a[i++]));
			}
			else {
				out.add(new Line('+', b[j++]));
			}
		}
		while (i < a.length) {
			out.add(new Line('-', a[i++]));
		}
		while (j < b.length) {
			out.add(new Line('+', b[j++]));
		}
		return out;
	}
}
