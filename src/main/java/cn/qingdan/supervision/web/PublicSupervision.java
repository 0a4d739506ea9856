package cn.qingdan.supervision.web;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.NotFound;
import cn.qingdan.supervision.DrawAlgorithm;
import cn.qingdan.supervision.Draws;
import cn.qingdan.supervision.Escalation;
import cn.qingdan.supervision.RedBlack;

/** What the public may see of supervision: draws (the result only once the seed is out), the 红黑榜, public notices. */
@Component
class PublicSupervision {

	static final String ALGORITHM = "承诺值 = SM3(种子)；输入摘要 = SM3(输入原文)。乡镇按代码升序、村按代码升序，权重为整数（1 + 抽取时平台掌握的该村情况条数，最多 21）。"
			+ "pick(标签, 候选, n)：对 i = 0…n−1，h = SM3(种子 + \"|\" + 标签 + \"|\" + i)，取 h 前 16 位十六进制为无符号整数 u，"
			+ "W 为尚未抽中候选的权重和，x = u mod W，按顺序累加尚未抽中候选的权重，累计值首次大于 x 者抽中。"
			+ "抽取乡镇数少于乡镇总数时先以 pick(\"T\", 乡镇, m) 抽乡镇（乡镇权重为所辖村权重之和），否则全部乡镇入选；"
			+ "每个入选乡镇内以 pick(乡镇代码, 村, min(k, 村数)) 抽村。结果按代码升序列出。";

	/** One draw as published. */
	record DrawJson(long id, String title, String status, String commitment, Instant committedAt, Instant drawnAt,
			String inputsDigest, Instant revealedAt, String seed, String inputsText, DrawAlgorithm.Inputs inputs,
			List<DrawAlgorithm.Chosen> result, String algorithm) {
	}

	private final UnitTree tree;
	private final Draws draws;
	private final RedBlack redBlack;
	private final Escalation escalation;

	PublicSupervision(UnitTree tree, Draws draws, RedBlack redBlack, Escalation escalation) {
		this.tree = tree;
		this.draws = draws;
		this.redBlack = redBlack;
		this.escalation = escalation;
	}

	long county() {
		return tree.firstCounty().orElseThrow(() -> new NotFound("县")).id();
	}

	String countyName() {
		return tree.firstCounty().map(u -> u.name()).orElse("");
	}

	List<DrawJson> draws() {
		return draws.list(county()).stream().map(this::json).toList();
	}

	Draws.Draw draw(long id) {
		return draws.list(county()).stream().filter(d -> d.id() == id).findFirst().orElseThrow(() -> new NotFound("抽查"));
	}

	DrawJson json(Draws.Draw d) {
		boolean out = d.status() == Draws.Status.REVEALED;
		return new DrawJson(d.id(), d.title(), d.status().label(), d.commitment(), d.committedAt(), d.drawnAt(), d.inputsDigest(),
				d.revealedAt(), out ? d.seed() : null, out ? d.inputs() : null, out ? draws.parseInputs(d.inputs()) : null,
				out ? draws.result(d) : null, ALGORITHM);
	}

	Draws.Check check(Draws.Draw d) {
		return draws.check(d);
	}

	RedBlack.Snapshot redBlack(String period) {
		long county = county();
		return (period == null || period.isBlank() ? redBlack.latest(county) : redBlack.snapshot(county, period.strip()))
			.orElseThrow(() -> new NotFound("红黑榜"));
	}

	List<String> periods() {
		return redBlack.periods(county());
	}

	List<Escalation.Notice> notices() {
		return escalation.publicNotices(county());
	}
}
