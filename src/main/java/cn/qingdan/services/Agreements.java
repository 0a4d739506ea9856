package cn.qingdan.services;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/** The signed agreement (合同扫描件) of a contract: a PDF the buyer attaches; anyone who sees the contract may read it. */
@Service
public class Agreements {

	private final JdbcClient jdbc;
	private final Contracts contracts;
	private final ApplicationEventPublisher events;

	Agreements(JdbcClient jdbc, Contracts contracts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.events = events;
	}

	@Transactional
	public void attach(QingdanUser me, long contractId, String fileName, byte[] content) {
		Contract c = contracts.require(me, contractId);
		if (c.buyerUnitId() != me.unitId()) {
			throw new RuleViolation("只有购买方可以上传已签订的合同");
		}
		Vouchers.requirePdf(content);
		String name = Texts.optional("agreement", fileName, 200, "文件名");
		jdbc.sql("update service_contract set agreement_name = ?, agreement_pdf = ?, version = version + 1 where id = ?")
			.params(name == null ? c.number() + ".pdf" : name, content, c.id()).update();
		events.publishEvent(AuditEvent.success("上传已签订合同", "购买服务合同", c.id(), c.number() + "：" + (name == null ? "" : name)
				+ "（" + content.length / 1024 + " KB）"));
	}

	public Vouchers.File read(QingdanUser me, long contractId) {
		Contract c = contracts.require(me, contractId);
		return jdbc.sql("select agreement_name, agreement_pdf from service_contract where id = ? and agreement_pdf is not null")
			.param(c.id())
			.query((rs, n) -> new Vouchers.File(rs.getString(1), "application/pdf", rs.getBytes(2)))
			.optional().orElseThrow(() -> new NotFound("已签订的合同"));
	}
}
