package cn.qingdan.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import cn.qingdan.identity.QingdanUser;

/**
 * The certificate register (证明台账) as .xlsx: every request of the filter, newest first (streaming), with the
 * applicant masked as on screen — the export is no way round the audited "view in full".
 */
final class RegisterWorkbook {

	/** The most rows one export carries (a county's year is a few tens of thousands). */
	public static final int MAX_ROWS = 200_000;

	static final List<String> HEADERS = List.of("申请编号", "受理日期", "村（社区）", "申请人", "身份证号码",
			"所需证明", "证明用途", "用证单位", "清单判定", "办理状态", "办结期限", "办结日期", "不予出具理由", "告知书文号");

	private RegisterWorkbook() {
	}

	public static void write(OutputStream out, String title, CertificateRequests requests, QingdanUser actor,
			CertificateRequests.Filter filter) throws IOException {
		Workbook wb = new Workbook(out, "Qingdan", "1.0");
		Worksheet ws = wb.newWorksheet("证明台账");
		ws.width(2, 22);
		ws.width(5, 26);
		ws.width(7, 26);
		ws.value(0, 0, title);
		ws.style(0, 0).bold().fontSize(13).set();
		for (int c = 0; c < HEADERS.size(); c++) {
			ws.value(1, c, HEADERS.get(c));
			ws.style(1, c).bold().fillColor("EEF2F7").set();
		}
		int[] row = { 2 };
		requests.each(actor, filter, MAX_ROWS, r -> {
			int i = row[0]++;
			ws.value(i, 0, r.id());
			ws.value(i, 1, r.receivedOn() == null ? "" : r.receivedOn().toString());
			ws.value(i, 2, r.villageName());
			ws.value(i, 3, r.applicantNameMasked());
			ws.value(i, 4, r.applicantIdMasked());
			ws.value(i, 5, r.title());
			ws.value(i, 6, r.purpose());
			ws.value(i, 7, r.agencyName());
			ws.value(i, 8, r.decision().label());
			ws.value(i, 9, r.status().label());
			ws.value(i, 10, r.dueOn() == null ? "" : r.dueOn().toString());
			ws.value(i, 11, r.completedOn() == null ? "" : r.completedOn().toString());
			ws.value(i, 12, r.refusalReason() == null ? "" : r.refusalReason().label());
			ws.value(i, 13, r.noticeNumber() == null ? "" : r.noticeNumber());
			if (i % 1000 == 0) {
				try {
					ws.flush();
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}
		});
		wb.finish();
	}
}
