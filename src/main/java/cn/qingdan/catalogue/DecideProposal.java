package cn.qingdan.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.catalogue.events.ChangeProposalDecided;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;

/**
 * Steps 审定批准 / 不予批准: the approver approves, which publishes the next catalogue version with the proposal's
 * changes applied ({@link Catalogues#publish} announces {@link CatalogueVersionPublished}), or rejects with a reason;
 * either way {@link ChangeProposalDecided} tells the proposing unit.
 */
@Component
class DecideProposal {

	private final ProposalStore store;
	private final Catalogues catalogues;

	DecideProposal(ProposalStore store, Catalogues catalogues) {
		this.store = store;
		this.catalogues = catalogues;
	}

	/** Approves and publishes the next catalogue version with the proposal's changes applied. */
	@Transactional
	CatalogueVersion approve(QingdanUser actor, long id, int expectedVersion, String note) {
		ChangeProposal p = store.require(id, actor, Step.APPROVE);
		store.transition(p, expectedVersion, Status.APPROVED);
		List<ProposalChange> changes = store.changes(id);
		List<ItemContent> items = applied(p, changes);
		String summary = p.title() + "（" + changes.stream().collect(Collectors.groupingBy(ProposalChange::operation, Collectors.counting()))
			.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue() + " 项").collect(Collectors.joining("，")) + "）";
		CatalogueVersion published = catalogues.publish(p.catalogueId(), items, actor.username(), id, summary);
		Inputs.length("note", note, ProposalStore.MAX_TEXT, "审定意见");
		store.decided(id, actor, ProposalStore.blank(note), published.number());
		store.record(id, actor, "审定批准", "发布第 " + published.number() + " 版" + (note == null || note.isBlank() ? "" : "：" + note.strip()));
		store.audit("批准清单调整申请", id, "发布第 " + published.number() + " 版");
		store.announceDecision(p, ChangeProposalDecided.Decision.APPROVED, published.number());
		return published;
	}

	@Transactional
	void reject(QingdanUser actor, long id, int expectedVersion, String reason) {
		ChangeProposal p = store.require(id, actor, Step.REJECT);
		ReceiveProposal.refuse(store, p, actor, expectedVersion, Status.REJECTED, reason, "不予批准");
	}

	/** The current version's items with the changes applied; a change that no longer fits refuses the whole. */
	private List<ItemContent> applied(ChangeProposal p, List<ProposalChange> changes) {
		CatalogueVersion current = catalogues.current(p.catalogueId()).orElse(null);
		Map<String, ItemContent> items = new LinkedHashMap<>();
		if (current != null) {
			catalogues.items(current.id()).forEach(i -> items.put(i.code(), i));
		}
		for (ProposalChange ch : changes) {
			switch (ch.operation()) {
				case ADD -> {
					if (items.containsKey(ch.code())) {
						throw new RuleViolation("编码 " + ch.code() + " 已在现行版本中，不能新增（请重新起草）");
					}
					items.put(ch.code(), ch.content());
				}
				case MODIFY -> {
					if (!items.containsKey(ch.code())) {
						throw new RuleViolation("事项 " + ch.code() + " 已不在现行版本中，不能修改（请重新起草）");
					}
					items.put(ch.code(), ch.content());
				}
				case REMOVE -> {
					if (items.remove(ch.code()) == null) {
						throw new RuleViolation("事项 " + ch.code() + " 已不在现行版本中，不能删除（请重新起草）");
					}
				}
			}
		}
		return new ArrayList<>(items.values());
	}
}
