package cn.qingdan.catalogue;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/** Step 提出 / 起草: the office drafts a proposal (DRAFT); a department or township proposes one (PROPOSED). */
@Component
class CreateProposal {

	private final ProposalStore store;
	private final Catalogues catalogues;
	private final Units units;
	private final EditChanges edit;

	CreateProposal(ProposalStore store, Catalogues catalogues, Units units, EditChanges edit) {
		this.store = store;
		this.catalogues = catalogues;
		this.units = units;
		this.edit = edit;
	}

	@Transactional
	ChangeProposal create(QingdanUser actor, long catalogueId, String title, String reason) {
		if (!ChangeProposal.mayCreate(actor)) {
			throw new RuleViolation("只有减负办、县级部门和乡镇（街道）可以提出清单调整");
		}
		boolean office = actor.roles().stream().anyMatch(ChangeProposal.OFFICE::contains);
		if (title == null || title.isBlank() || title.strip().length() > 200) {
			throw new RuleViolation("title", "请填写申请标题（不超过 200 字）");
		}
		Inputs.length("reason", reason, ProposalStore.MAX_TEXT, "申请理由");
		Catalogue catalogue = catalogues.find(catalogueId).orElseThrow(() -> new NotFound("清单目录"));
		if (!actor.scope().covers(units.unit(catalogue.countyUnitId()).map(Unit::path).orElse("-"))
				&& !units.unit(actor.unitId()).map(u -> u.path().startsWith(units.unit(catalogue.countyUnitId()).orElseThrow().path())).orElse(false)) {
			throw new NotFound("清单目录");
		}
		int base = catalogues.current(catalogueId).map(CatalogueVersion::number).orElse(0);
		Status status = office ? Status.DRAFT : Status.PROPOSED;
		long id = store.jdbc().sql("""
				insert into change_proposal (catalogue_id, base_version, title, reason, status, origin_unit_id, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(catalogueId, base, title.strip(), ProposalStore.blank(reason), status.name(), actor.unitId(),
					actor.username(), Timestamp.from(store.now()))
			.query(Long.class)
			.single();
		store.record(id, actor, office ? "起草调整申请" : "提出调整申请", title.strip());
		store.audit(office ? "起草清单调整申请" : "提出清单调整申请", id, title.strip());
		return store.require(id, actor);
	}

	/** A whole-catalogue import: the draft and its changes in one transaction (all or nothing). */
	@Transactional
	ChangeProposal createFromImport(QingdanUser actor, long catalogueId, String title, String reason,
			List<CatalogueWorkbook.ChangeRow> rows) {
		ChangeProposal p = create(actor, catalogueId, title, reason);
		edit.importChanges(actor, p.id(), p.version(), rows);
		return store.require(p.id(), actor);
	}
}
