package cn.qingdan.admission.events;

import java.time.LocalDate;

/** An admitted matter reached the end of its validity ({@code expiresOn} was its last day). Announced once. */
public record AdmissionExpired(long applicationId, long countyUnitId, long departmentUnitId, String title,
		String admissionNumber, LocalDate expiresOn) {
}
