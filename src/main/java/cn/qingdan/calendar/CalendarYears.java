package cn.qingdan.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.CalendarYear;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;

/**
 * The entered years: stored in {@code calendar_year}/{@code calendar_day}, put in force in {@link WorkingDays} when
 * the application starts (before the demo runners compute any deadline) and again after every save.
 */
@Service
class CalendarYears {

	/** A saved year, for the list on the calendar page. */
	record Entered(int year, String documentNumber, String enteredBy, Instant enteredAt, int holidays, int workdays) {
	}

	/** An arrangement was refused; every problem is listed. */
	static final class Refused extends RuleViolation {

		private final List<String> problems;

		Refused(List<String> problems) {
			super(String.join("；", problems));
			this.problems = List.copyOf(problems);
		}

		List<String> problems() {
			return problems;
		}
	}

	private final JdbcClient jdbc;
	private final WorkingDays workingDays;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CalendarYears(JdbcClient jdbc, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.events = events;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	void started() {
		reload();
	}

	/** Reads every entered year and puts them in force (replacing what was entered before). */
	public void reload() {
		Map<Integer, Map<LocalDate, String>> holidays = new LinkedHashMap<>();
		Map<Integer, List<LocalDate>> workdays = new LinkedHashMap<>();
		for (Integer year : jdbc.sql("select year from calendar_year order by year").query(Integer.class).list()) {
			holidays.put(year, new LinkedHashMap<>());
			workdays.put(year, new ArrayList<>());
		}
		jdbc.sql("select year, day, kind, name from calendar_day").query((rs, n) -> {
			int year = rs.getInt("year");
			LocalDate day = rs.getDate("day").toLocalDate();
			if ("HOLIDAY".equals(rs.getString("kind"))) {
				holidays.get(year).put(day, rs.getString("name"));
			}
			else {
				workdays.get(year).add(day);
			}
			return null;
		}).list();
		workingDays.enter(holidays.keySet().stream()
			.map(y -> new CalendarYear(y, holidays.get(y), java.util.Set.copyOf(workdays.get(y))))
			.toList());
	}

	List<Entered> entered() {
		return jdbc.sql("""
				select y.year, y.document_number, y.entered_by, y.entered_at,
				       count(*) filter (where d.kind = 'HOLIDAY') as holidays, count(*) filter (where d.kind = 'WORKDAY') as workdays
				  from calendar_year y left join calendar_day d on d.year = y.year
				 group by y.year order by y.year desc""")
			.query((rs, n) -> new Entered(rs.getInt("year"), rs.getString("document_number"), rs.getString("entered_by"),
					rs.getTimestamp("entered_at").toInstant(), rs.getInt("holidays"), rs.getInt("workdays")))
			.list();
	}

	/**
	 * Checks and saves a year's arrangement (all or nothing), audits it and puts it in force after the commit. A year
	 * already covered (shipped or entered) is replaced only when {@code confirmed}.
	 */
	@Transactional
	void save(Actor actor, int year, String documentNumber, List<ArrangementRules.Located> days, boolean confirmed) {
		List<String> problems = ArrangementRules.check(year, documentNumber, days);
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		boolean entered = jdbc.sql("select count(*) from calendar_year where year = ?").param(year).query(Integer.class).single() > 0;
		boolean shipped = workingDays.shippedYears().contains(year);
		if ((entered || shipped) && !confirmed) {
			throw new Refused(List.of(year + " 年" + (entered ? "已录入过安排" : "已有随系统提供的国务院办公厅安排")
					+ "，如确需以本次录入的安排替换，请勾选“确认替换”后再保存"));
		}
		Arrangement arrangement = new Arrangement(year, documentNumber.strip(), days.stream().map(ArrangementRules.Located::day).toList());
		jdbc.sql("delete from calendar_year where year = ?").param(year).update();
		jdbc.sql("insert into calendar_year (year, document_number, entered_by, entered_at) values (?, ?, ?, ?)")
			.params(year, arrangement.documentNumber(), actor.displayName(), Timestamp.from(clock.instant()))
			.update();
		for (Arrangement.Day d : arrangement.days()) {
			jdbc.sql("insert into calendar_day (year, day, kind, name) values (?, ?, ?, ?)")
				.params(year, Date.valueOf(d.date()), d.kind().name(), d.name())
				.update();
		}
		String summary = arrangement.holidaysByName().keySet().stream().collect(Collectors.joining("、"));
		events.publishEvent(AuditEvent.success(entered || shipped ? "替换节假日安排" : "录入节假日安排", "节假日安排", year,
				arrangement.documentNumber() + "：放假 " + arrangement.holidayCount() + " 天（" + summary + "），调休上班 "
						+ arrangement.workdayCount() + " 天"));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				reload();
			}
		});
	}
}
