package cn.qingdan.shared.deliberation;

import java.util.Optional;

/**
 * The village's deliberation ledger as the certificate desk uses it: record the deliberation a public-interest
 * certificate needs (steps 提议, 协商 and 决策 of the six; 反馈 and 监督 follow on the village's pages like any other
 * deliberation) and read it back with its steps and timeline. Runs in the caller's transaction.
 */
public interface DeliberationRecords {

	/** Records the certificate's deliberation; recorded once per request (again: the same record's id). */
	long recordForCertificate(CertificateDeliberation deliberation);

	/** The deliberation recorded for a certificate request, if any. */
	Optional<DeliberationRecord> ofCertificate(long requestId);
}
