package cn.qingdan.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.qingdan.catalogue.ProposalChange.Operation;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;

/**
 * The rules one change of a proposal must pass, and the codes new items get: a code once used is never reused, and a
 * code an open proposal adds is reserved for it.
 */
@Component
class ChangeChecks {

	private final Catalogues catalogues;
	private final ProposalStore store;

	ChangeChecks(Catalogues catalogues, ProposalStore store) {
		this.catalogues = catalogues;
		this.store = store;
	}

	/** Checks one change against the current version and the proposal's other changes; returns its code. */
	String validate(ChangeProposal p, Operation op, String code, String reason, ItemContent content,
			List<ProposalChange> existing) {
		if (op == null) {
			throw new RuleViolation("operation", "请选择调整方式");
		}
		ProposalStore.requireText(reason, "reason", "请写明调整理由");
		CatalogueVersion current = catalogues.current(p.catalogueId()).orElse(null);
		String c = code == null ? "" : code.strip().toUpperCase();
		Inputs.length("code", c, 20, "编码");
		Set<String> inProposal = existing.stream().map(ProposalChange::code).collect(Collectors.toSet());
		switch (op) {
			case ADD -> {
				if (content == null) {
					throw new RuleViolation("请填写新增事项的内容");
				}
				if (c.isEmpty()) {
					c = nextFreeCode(p.catalogueId(), content.list(), inProposal, p.id());
				}
				if (catalogues.codeUsed(p.catalogueId(), c)) {
					throw new RuleViolation("code", "编码 " + c + " 已被使用（编码一经使用不得复用）");
				}
				if (reservedCodes(p.catalogueId(), p.id()).contains(c)) {
					throw new RuleViolation("code", "编码 " + c + " 已被另一份未办结的调整申请使用，请换用其他编码");
				}
			}
			case MODIFY, REMOVE -> {
				if (c.isEmpty()) {
					throw new RuleViolation("code", "请填写要" + op.label() + "的事项编码");
				}
				if (current == null || catalogues.item(current.id(), c).isEmpty()) {
					throw new RuleViolation("code", "现行清单中没有编码为 " + c + " 的事项");
				}
				if (op == Operation.MODIFY && content == null) {
					throw new RuleViolation("请填写修改后的事项内容");
				}
			}
		}
		if (inProposal.contains(c)) {
			throw new RuleViolation("code", "本申请中已有对 " + c + " 的调整");
		}
		if (content != null) {
			List<String> errors = ItemRules.check(content.withCode(c));
			if (!errors.isEmpty()) {
				throw new RuleViolation(String.join("；", errors));
			}
		}
		return c;
	}

	/** The next code of a list that is neither published nor reserved by an open proposal. */
	String suggestCode(long catalogueId, ListType list) {
		return nextFreeCode(catalogueId, list, Set.of(), 0);
	}

	private String nextFreeCode(long catalogueId, ListType list, Set<String> inProposal, long proposalId) {
		if (list == null) {
			throw new RuleViolation("list", "请选择清单");
		}
		Set<String> taken = new HashSet<>(inProposal);
		taken.addAll(reservedCodes(catalogueId, proposalId));
		String code = catalogues.nextCode(catalogueId, list);
		int n = Integer.parseInt(code.substring(3));
		while (taken.contains(code)) {
			code = list.prefix() + "-" + String.format("%02d", ++n);
		}
		return code;
	}

	/** Codes reserved by ADD changes of open proposals (other than the given one). */
	private Set<String> reservedCodes(long catalogueId, long exceptProposalId) {
		return new HashSet<>(store.jdbc().sql("select c.code from proposal_change c join change_proposal p on p.id = c.proposal_id"
				+ " where p.catalogue_id = ? and p.id <> ? and c.operation = 'ADD'"
				+ " and p.status in ('PROPOSED','DRAFT','CONSULTING','ASSESSING','AWAITING_DECISION')")
			.params(catalogueId, exceptProposalId)
			.query(String.class)
			.list());
	}
}
