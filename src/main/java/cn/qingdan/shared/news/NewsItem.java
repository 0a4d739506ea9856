package cn.qingdan.shared.news;

import java.time.LocalDate;

/**
 * One line of a home page's 消息 (what changed for the actor lately): an outcome, where to read it, and when.
 *
 * @param category short label, e.g. 准入决定
 * @param title what happened, in a clerk's words
 * @param link where to read it in full
 * @param on the day it happened
 */
public record NewsItem(String category, String title, String link, LocalDate on) {
}
