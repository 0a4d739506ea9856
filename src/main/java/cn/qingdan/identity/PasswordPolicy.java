package cn.qingdan.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * 等保2.0 level 3 password rules: at least {@code minLength} characters, from at least three of upper-case letters,
 * lower-case letters, digits and symbols, and not containing the username. (Reuse of the last five passwords is
 * checked by {@link UserAccounts}, which holds the history.)
 */
record PasswordPolicy(int minLength) {

	/** Returns the reasons the password is refused, in Chinese; empty when acceptable. */
	public List<String> check(String password, String username) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			problems.add("请输入密码");
			return problems;
		}
		if (password.codePointCount(0, password.length()) < minLength) {
			problems.add("密码长度不得少于 " + minLength + " 位");
		}
		int classes = 0;
		if (password.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) {
			classes++;
		}
		if (password.chars().anyMatch(c -> c >= 'a' && c <= 'z')) {
			classes++;
		}
		if (password.chars().anyMatch(c -> c >= '0' && c <= '9')) {
			classes++;
		}
		if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c))) {
			classes++;
		}
		if (classes < 3) {
			problems.add("密码须包含大写字母、小写字母、数字、特殊符号中的至少三类");
		}
		if (password.chars().anyMatch(Character::isWhitespace)) {
			problems.add("密码不得包含空格");
		}
		if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
			problems.add("密码不得包含用户名");
		}
		return problems;
	}
}
