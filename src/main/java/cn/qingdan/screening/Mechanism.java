package cn.qingdan.screening;

/**
 * A burden mechanism found in a request: how the work is imposed (quota, ranking, deadline pressure, fee,
 * responsible-party shift, repeated reporting …), whatever the topic. Found by the burden patterns (负担模式) of the
 * catalogue's prohibited items.
 *
 * @param name the mechanism's name, e.g. 下达任务指标
 * @param words the words of the request that carry it, e.g. 每村不少于15户
 * @param itemCode the prohibited item whose pattern found it
 * @param source the document the pattern rests on, or empty
 * @param start start of the words in the request text
 * @param end end (exclusive) of the words in the request text
 */
public record Mechanism(String name, String words, String itemCode, String source, int start, int end) {

	/** 机制：下达任务指标（每村不少于15户） */
	public String describe() {
		return "机制：" + name + "（" + words + "）";
	}
}
