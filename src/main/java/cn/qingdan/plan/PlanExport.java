package cn.qingdan.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A plan as .xlsx in the 任务分工表 layout it is imported from (序号, 任务, 责任单位 with 逗号前为牵头单位, 完成时限), with
 * the progress columns after them; re-importing the first four columns gives the same tree.
 */
public final class PlanExport {

	public static final List<String> HEADERS = List.of("序号", "任务", "责任单位", "完成时限", "状态", "完成进度（%）", "最近报送",
			"逾期未报", "准入编号");

	private PlanExport() {
	}

	public static void write(OutputStream out, Plans.View view) throws IOException {
		Workbook wb = new Workbook(out, "Qingdan", "1.0");
		Worksheet ws = wb.newWorksheet("任务分工");
		ws.width(1, 80);
		ws.width(2, 40);
		ws.width(3, 16);
		for (int c = 0; c < HEADERS.size(); c++) {
			ws.value(0, c, HEADERS.get(c));
			ws.style(0, c).bold().fillColor("EEF2F7").set();
		}
		int row = 1;
		for (PlanNode n : view.nodes()) {
			ws.value(row, 0, n.level() == 3 ? n.code().substring(n.code().indexOf('(')) : n.code());
			ws.value(row, 1, n.text());
			ws.style(row, 1).wrapText(true).set();
			TaskState s = view.states().get(n.id());
			if (s != null) {
				String co = s.coUnitNames();
				ws.value(row, 2, s.leadNames() + (co.isEmpty() ? "" : "，" + co));
				ws.value(row, 3, n.deadline().ongoing() ? "持续推进（" + n.deadline().cadence().label() + "）"
						: n.deadline().text() != null && TaskDeadline.parse(n.deadline().text()).isPresent() ? n.deadline().text() : n.deadline().dueOn().toString());
				ws.value(row, 4, s.status().label());
				ws.value(row, 5, s.status() == TaskStatus.DONE ? 100 : n.progress());
				ws.value(row, 6, n.lastReportOn() == null ? "" : n.lastReportOn().toString());
				ws.value(row, 7, String.join("、", s.missed().stream().map(m -> m.unitName() + m.period().label()).toList()));
				ws.value(row, 8, n.admissionNumber() == null ? "" : n.admissionNumber());
			}
			row++;
		}
		wb.finish();
	}
}
