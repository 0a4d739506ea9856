package cn.qingdan.shared;

/** The record does not exist, or lies outside the caller's data scope (the two look the same on purpose). */
public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what + "不存在或无权查看");
	}
}
