package cn.qingdan.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

/**
 * What certificates ask of each role, with deadlines: the village clerk issues, records the agency's basis or the
 * deliberation; the head approves; a township sees its villages' requests past their deadline. Without a public
 * address for paper certificates (production, {@code public-base-url} unset) the office and the villages are told why
 * issuing is refused.
 */
@Component
class CertificateTodos implements TodoProvider {

	/** Roles told on their home page that certificates cannot be issued for want of a public address. */
	private static final java.util.Set<Role> TOLD = java.util.EnumSet.of(Role.SYSTEM_ADMIN, Role.OFFICE_ADMIN,
			Role.OFFICE_REVIEWER, Role.APPROVER, Role.INSPECTOR, Role.VILLAGE_CLERK, Role.VILLAGE_HEAD);

	private final CertificateRequests requests;
	private final PublicAddress address;
	private final Clock clock;

	CertificateTodos(CertificateRequests requests, PublicAddress address, Clock clock) {
		this.requests = requests;
		this.address = address;
		this.clock = clock;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor) {
		if (!(actor instanceof QingdanUser user)) {
			return List.of();
		}
		List<TodoItem> items = new ArrayList<>();
		if (address.missing() && user.roles().stream().anyMatch(TOLD::contains)) {
			items.add(new TodoItem("系统设置", "证明核验的公开访问地址尚未设置，各村（社区）暂不能出具证明：纸质证明上的二维码必须指向群众能访问的地址，"
					+ "请系统管理员设置后再出具", user.has(Role.SYSTEM_ADMIN) ? "/public/certificates" : "/certificates/requests",
					null));
		}
		String own = user.scope().likePattern();
		if (user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD)) {
			for (CertificateRequest r : requests.open(own, List.of(RequestStatus.IN_PROGRESS,
					RequestStatus.AWAITING_BASIS, RequestStatus.AWAITING_DELIBERATION), 50)) {
				String what = switch (r.status()) {
					case IN_PROGRESS -> "出具证明：";
					case AWAITING_BASIS -> "待用证单位提供依据：";
					default -> "组织民主议事：";
				};
				items.add(new TodoItem("证明开具", what + r.title() + "（" + r.applicantNameMasked() + "）",
						"/certificates/requests/" + r.id(), r.dueOn()));
			}
		}
		if (user.has(Role.VILLAGE_HEAD) || user.has(Role.VILLAGE_CLERK)) {
			for (CertificateRequest r : requests.open(own, List.of(RequestStatus.AWAITING_APPROVAL), 50)) {
				items.add(new TodoItem("证明审批", (user.has(Role.VILLAGE_HEAD) ? "审批：" : "待负责人审批：") + r.title()
						+ "（" + r.applicantNameMasked() + "）", "/certificates/requests/" + r.id(), r.dueOn()));
			}
		}
		if (user.has(Role.TOWNSHIP_OFFICER)) {
			for (CertificateRequest r : requests.overdue(own, LocalDate.now(clock), 50)) {
				items.add(new TodoItem("证明督办", "逾期未办结：" + r.villageName() + " " + r.title(),
						"/certificates/requests/" + r.id(), r.dueOn()));
			}
		}
		return items;
	}
}
