package cn.qingdan.admission.events;

/** An admitted matter was revoked (撤销准入), by the office or because a newly admitted matter replaced it. */
public record AdmissionRevoked(long applicationId, long countyUnitId, long departmentUnitId, String title,
		String admissionNumber, boolean replaced) {
}
