package cn.qingdan.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import cn.qingdan.org.Unit;

/**
 * 党建工作成效考核 deductions (B-05, B-06) for one year as .xlsx: one row per township and department, the number of
 * accountability decisions, the deduction in points (a number), and the letters behind them.
 */
@Component
public class AssessmentExport {

	/** One unit's line. */
	public record Line(String unit, String kind, int decisions, BigDecimal deduction, String detail) {
	}

	private final Escalation escalation;
	private final UnitsInCounty units;
	private final Letters letters;

	AssessmentExport(Escalation escalation, UnitsInCounty units, Letters letters) {
		this.escalation = escalation;
		this.units = units;
		this.letters = letters;
	}

	public List<Line> lines(Who who, int year) {
		who.requireOffice();
		List<Escalation.Accountability> all = escalation.accountabilities(who.county(), year);
		List<Line> lines = new java.util.ArrayList<>();
		for (Unit u : units.responsible(who.county())) {
			List<Escalation.Accountability> mine = all.stream().filter(a -> a.unitId() == u.id()).toList();
			BigDecimal sum = mine.stream().map(Escalation.Accountability::deduction).reduce(BigDecimal.ZERO, BigDecimal::add);
			String detail = String.join("；", mine.stream().map(a -> letters.require(who, a.letterId()).number() + " "
					+ a.kind().label() + " 扣" + a.deduction().stripTrailingZeros().toPlainString() + "分").toList());
			lines.add(new Line(u.name(), u.type() == Unit.Type.TOWNSHIP ? "乡镇" : "县级部门", mine.size(), sum, detail));
		}
		return lines;
	}

	public void write(List<Line> lines, int year, String countyName, OutputStream out) throws IOException {
		Workbook wb = new Workbook(out, "Qingdan", "1.0");
		Worksheet ws = wb.newWorksheet("党建考核扣分");
		ws.value(0, 0, countyName + " " + year + " 年度基层减负问责结果（纳入党建工作成效考核）");
		ws.value(1, 0, "扣分来源：逾期未整改的工作提示函经通报、问责后，由县基层减负办记录的扣分。");
		String[] head = { "单位", "类别", "问责次数", "扣分合计", "明细" };
		for (int c = 0; c < head.length; c++) {
			ws.value(2, c, head[c]);
			ws.style(2, c).bold().set();
		}
		int r = 3;
		for (Line l : lines) {
			ws.value(r, 0, l.unit());
			ws.value(r, 1, l.kind());
			ws.value(r, 2, l.decisions());
			ws.value(r, 3, l.deduction());
			ws.value(r, 4, l.detail());
			r++;
		}
		ws.width(0, 28);
		ws.width(4, 60);
		wb.finish();
	}
}
