package cn.qingdan.shared.lead;

import java.time.LocalDate;

/**
 * One thing the platform knows about a village that an inspector should see on the visit page: a ledger item not
 * admitted, a board out of spec, a form outside the annual plan, an over-cap visit, an open village report, a refused
 * certificate, an assistance matter without funding …
 *
 * @param category short heading in Chinese the page groups by, e.g. "台账未经准入"
 * @param title the item, in Chinese
 * @param detail one line more, or null
 * @param link the page where the evidence is, or null
 * @param date the day it was recorded or is due, or null
 */
public record VillageFact(String category, String title, String detail, String link, LocalDate date) {
}
