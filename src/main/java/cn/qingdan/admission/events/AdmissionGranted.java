package cn.qingdan.admission.events;

import java.time.LocalDate;

/** A matter was admitted (准入): it has its number and is in the public register until {@code expiresOn}. */
public record AdmissionGranted(long applicationId, long countyUnitId, long departmentUnitId, String title,
		String admissionNumber, LocalDate expiresOn) {
}
