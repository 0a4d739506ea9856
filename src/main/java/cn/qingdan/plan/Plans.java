package cn.qingdan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.menu.Roles;

/**
 * Reading plans with the data-scope rule: the county office and county leaders see every task; a unit sees the whole
 * plan (it is public) but the reports, evidence and contributions of its own tasks only; the public sees the public
 * page. Also who may decide on reports: the office's reviewers, or officers of the plan's owner unit.
 */
@Service
public class Plans {

	/** Roles that see every task of the county's plans. */
	static final Set<String> SEE_ALL = Roles.OFFICE;

	/** Roles that import plans and accept or send back reports. */
	static final Set<String> OFFICE_DECIDERS = Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN", "OFFICE_REVIEWER");

	/** A plan with every task's state, as of a day. */
	public record View(Plan plan, List<PlanNode> nodes, Map<Long, TaskState> states, LocalDate today) {

		public List<TaskState> tasks() {
			return nodes.stream().filter(PlanNode::carriesWork).map(n -> states.get(n.id())).toList();
		}

		/** Average progress of the tasks that carry work (0–100). */
		public int progress() {
			List<TaskState> t = tasks();
			return t.isEmpty() ? 0 : (int) Math.round(t.stream().mapToInt(s -> s.status() == TaskStatus.DONE ? 100 : s.node().progress()).average().orElse(0));
		}

		public long count(TaskStatus status) {
			return tasks().stream().filter(s -> s.status() == status).count();
		}

		/** Children of a node (or the top level for null), in order. */
		public List<PlanNode> children(Long parentId) {
			return nodes.stream().filter(n -> java.util.Objects.equals(n.parentId(), parentId)).toList();
		}

		/** Tasks under a node (itself included when it carries work). */
		public List<TaskState> under(PlanNode node) {
			List<TaskState> out = new ArrayList<>();
			if (node.carriesWork()) {
				out.add(states.get(node.id()));
			}
			for (PlanNode c : children(node.id())) {
				out.addAll(under(c));
			}
			return out;
		}
	}

	private final PlanStore store;
	private final Units units;
	private final Clock clock;

	Plans(PlanStore store, Units units, Clock clock) {
		this.store = store;
		this.units = units;
		this.clock = clock;
	}

	public List<Plan> plans(long countyUnitId) {
		return store.plans(countyUnitId);
	}

	/** A plan of the actor's county. */
	public Plan plan(long id, Actor actor) {
		return store.plan(id).filter(p -> p.countyUnitId() == countyOf(actor)).orElseThrow(() -> new NotFound("实施方案"));
	}

	/** A plan for the public page: any plan of the county named (or the first county). */
	public Plan publicPlan(long id, long countyUnitId) {
		return store.plan(id).filter(p -> p.countyUnitId() == countyUnitId).orElseThrow(() -> new NotFound("实施方案"));
	}

	public View view(Plan plan) {
		LocalDate today = LocalDate.now(clock);
		List<PlanNode> nodes = store.nodes(plan.id());
		Map<Long, List<Assignee>> assignees = store.assignees(plan.id());
		Set<String> reported = store.reportedPeriods(plan.id());
		Map<Long, TaskState> states = new java.util.HashMap<>();
		for (PlanNode n : nodes) {
			if (n.carriesWork()) {
				states.put(n.id(), TaskState.of(n, plan.reportingFrom(), assignees.getOrDefault(n.id(), List.of()), reported, today));
			}
		}
		return new View(plan, nodes, states, today);
	}

	/** A task the actor may work on or oversee: the office and county leaders, or one of its assignees. */
	public TaskState task(long nodeId, Actor actor) {
		PlanNode node = store.node(nodeId).filter(PlanNode::carriesWork).orElseThrow(() -> new NotFound("任务"));
		Plan plan = plan(node.planId(), actor);
		TaskState state = TaskState.of(node, plan.reportingFrom(), store.assigneesOf(nodeId), store.reportedPeriodsOf(nodeId),
				LocalDate.now(clock));
		if (!seesAll(actor) && !state.assigned(actor.unitId()) && !owns(plan, actor)) {
			throw new NotFound("任务");
		}
		return state;
	}

	public boolean seesAll(Actor actor) {
		return actor.roleNames().stream().anyMatch(SEE_ALL::contains);
	}

	/** Whether the actor accepts or sends back reports on the plan's tasks. */
	public boolean decides(Plan plan, Actor actor) {
		return actor.roleNames().stream().anyMatch(OFFICE_DECIDERS::contains) || owns(plan, actor);
	}

	boolean owns(Plan plan, Actor actor) {
		return plan.ownerUnitId() != null && plan.ownerUnitId().equals(actor.unitId()) && actor.hasRole("DEPARTMENT_OFFICER");
	}

	public long countyOf(Actor actor) {
		Unit unit = units.unit(actor.unitId()).orElseThrow(() -> new NotFound("单位"));
		String path = unit.path();
		return Long.parseLong(path.substring(1, path.indexOf('/', 1)));
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}
}
