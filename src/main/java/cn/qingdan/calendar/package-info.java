/**
 * Holiday arrangements (节假日安排): the office or the system administrator enters or imports each year's State Council
 * notice (国务院办公厅关于某年部分节假日安排的通知) — holidays and adjusted working days — on top of the calendar
 * shipped for 2004–2026, and the module pushes the entered years into {@link cn.qingdan.shared.WorkingDays} at start
 * and after every save. Offices are warned on their home page while the next 120 days are not covered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "节假日安排", allowedDependencies = {
		"audit", "shared", "shared :: menu", "shared :: todo", "workflow :: imports" })
package cn.qingdan.calendar;
