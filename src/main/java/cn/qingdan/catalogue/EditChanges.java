package cn.qingdan.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.catalogue.ProposalChange.Operation;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/** Step 修改调整内容: add, import or remove the changes of a proposal still being drafted (or proposed). */
@Component
class EditChanges {

	private static final String INSERT = """
			insert into proposal_change (proposal_id, position, operation, code, reason, basis, content)
			values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""";

	private final ProposalStore store;
	private final ChangeChecks checks;
	private final Catalogues catalogues;

	EditChanges(ProposalStore store, ChangeChecks checks, Catalogues catalogues) {
		this.store = store;
		this.checks = checks;
		this.catalogues = catalogues;
	}

	/** Adds a change; for ADD without a code, the next free code of the list is assigned. Returns the code. */
	@Transactional
	String addChange(QingdanUser actor, long proposalId, int expectedVersion, Operation op, String code, String reason,
			String basis, ItemContent content) {
		ChangeProposal p = store.require(proposalId, actor, Step.EDIT);
		Inputs.length("basis", basis, 1000, "调整依据");
		List<ProposalChange> existing = store.changes(proposalId);
		String c = checks.validate(p, op, code, reason, content, existing);
		ItemContent stored = content == null ? null : content.withCode(c);
		store.jdbc().sql(INSERT)
			.params(proposalId, existing.size() + 1, op.name(), c, reason.strip(), ProposalStore.blank(basis),
					stored == null ? null : catalogues.write(stored))
			.update();
		store.bump(p, expectedVersion);
		store.record(proposalId, actor, "增加调整内容", op.label() + " " + c + (stored == null ? "" : " " + stored.name()));
		store.audit("修改清单调整申请", proposalId, op.label() + " " + c);
		return c;
	}

	/** Adds all rows of an imported proposal sheet; all or nothing. */
	@Transactional
	int importChanges(QingdanUser actor, long proposalId, int expectedVersion, List<CatalogueWorkbook.ChangeRow> rows) {
		ChangeProposal p = store.require(proposalId, actor, Step.EDIT);
		List<ProposalChange> existing = new ArrayList<>(store.changes(proposalId));
		int before = existing.size();
		List<String> errors = new ArrayList<>();
		for (CatalogueWorkbook.ChangeRow row : rows) {
			try {
				Inputs.length("basis", row.basis(), 1000, "调整依据");
				String c = checks.validate(p, row.operation(), row.code(), row.reason(), row.item(), existing);
				existing.add(new ProposalChange(0, existing.size() + 1, row.operation(), c, row.reason(), row.basis(),
						row.item() == null ? null : row.item().withCode(c)));
			}
			catch (RuleViolation ex) {
				errors.add("第 " + row.row() + " 行：" + ex.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation("file", String.join("\n", errors));
		}
		for (ProposalChange ch : existing.subList(before, existing.size())) {
			store.jdbc().sql(INSERT)
				.params(proposalId, ch.position(), ch.operation().name(), ch.code(), ch.reason(), ch.basis(),
						ch.content() == null ? null : catalogues.write(ch.content()))
				.update();
		}
		store.bump(p, expectedVersion);
		int added = existing.size() - before;
		store.record(proposalId, actor, "导入调整内容", "从 Excel 导入 " + added + " 条");
		store.audit("导入清单调整内容", proposalId, added + " 条");
		return added;
	}

	@Transactional
	void removeChange(QingdanUser actor, long proposalId, int expectedVersion, long changeId) {
		ChangeProposal p = store.require(proposalId, actor, Step.EDIT);
		int n = store.jdbc().sql("delete from proposal_change where id = ? and proposal_id = ?").params(changeId, proposalId).update();
		if (n == 0) {
			throw new NotFound("调整内容");
		}
		store.bump(p, expectedVersion);
		store.record(proposalId, actor, "删除调整内容", "第 " + changeId + " 条");
		store.audit("修改清单调整申请", proposalId, "删除一条调整内容");
	}
}
