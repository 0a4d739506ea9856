package cn.qingdan.supervision;

import java.time.LocalDate;

import cn.qingdan.supervision.LetterSteps.Status;

/** A work reminder letter (工作提示函) to one unit. */
public record Letter(long id, long countyUnitId, String number, long unitId, String problems, String requirements,
		int workingDays, LocalDate issuedOn, LocalDate deadline, Status status, int returnedTimes, String measures,
		LocalDate answeredOn, String answeredBy, String reviewComment, LocalDate acceptedOn, String issuedBy, int version) {

	/** Whether the unit finished in time: accepted, with an answer on or before the deadline. */
	public boolean onTime() {
		return status == Status.ACCEPTED && answeredOn != null && !answeredOn.isAfter(deadline);
	}

	static Letter map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		java.sql.Date answered = rs.getDate("answered_on");
		java.sql.Date accepted = rs.getDate("accepted_on");
		return new Letter(rs.getLong("id"), rs.getLong("county_unit_id"), rs.getString("number"), rs.getLong("unit_id"),
				rs.getString("problems"), rs.getString("requirements"), rs.getInt("working_days"),
				rs.getDate("issued_on").toLocalDate(), rs.getDate("deadline").toLocalDate(), Status.valueOf(rs.getString("status")),
				rs.getInt("returned_times"), rs.getString("measures"), answered == null ? null : answered.toLocalDate(),
				rs.getString("answered_by"), rs.getString("review_comment"), accepted == null ? null : accepted.toLocalDate(),
				rs.getString("issued_by"), rs.getInt("version"));
	}
}
